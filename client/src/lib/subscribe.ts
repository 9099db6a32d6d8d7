import Taro from '@tarojs/taro';
import { SUBSCRIBE_TEMPLATES, type SubscribeTemplateKey } from '@shared/config/subscribe-templates';
import { call, newRequestId } from '../api';

/** What each message is for, asked in the browser build's stand-in for WeChat's dialog. */
const QUESTIONS: Record<SubscribeTemplateKey, string> = {
  contractReviewResult: '团队审核后，用微信消息告诉您结果',
  renewalNotice: '签约到期前30天，用微信消息提醒您续约',
  medicationReminder: '到服药时间时，用微信消息提醒您',
  missedDoseAlert: '家人漏服药时，用微信消息告诉您',
  appointmentReminder: '就诊前一天，用微信消息提醒您',
  appointmentCancelled: '团队停诊取消您的预约时，用微信消息告诉您',
  slotAvailable: '候补有号时，用微信消息告诉您',
  familyRequest: '家人申请代您办理时，用微信消息告诉您',
  readingAlert: '测到危急的血压、血糖时，用微信消息告诉您',
};

/** What WeChat answers per template id: 'accept', 'reject', 'ban' or 'filter'. */
export type SubscribeAnswers = Record<string, unknown>;

/** How the browser build's stand-in for WeChat's dialog is titled and what it says the messages are for. */
export interface StandInDialog {
  title: string;
  content: string;
}

/**
 * Asks WeChat for one message of each template id (一次性订阅消息); it must run inside a tap. The
 * browser build has no WeChat: after its own dialog, the local server's stand-in answers. A failed
 * request to the stand-in throws.
 */
export async function requestSubscribe(tmplIds: string[], standIn: StandInDialog): Promise<SubscribeAnswers> {
  if (process.env.TARO_ENV === 'weapp') {
    return (await Taro.requestSubscribeMessage({ tmplIds } as Parameters<typeof Taro.requestSubscribeMessage>[0])) as unknown as SubscribeAnswers;
  }
  const { confirm } = await Taro.showModal({ ...standIn, confirmText: '允许', cancelText: '不用了' });
  if (!confirm) return {};
  const res = await fetch('/__dev/wx/requestSubscribeMessage', {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tmplIds }),
  });
  return (await res.json()) as SubscribeAnswers;
}

/**
 * Asks the user to allow one WeChat message per template (一次性订阅消息); it must run inside a tap.
 * What they accepted is reported to the backend, which counts the messages it may send. Saying no, or
 * a failure, never stops what the user is doing: they are told in the app anyway. The browser build
 * has no WeChat, so the local server's stand-in answers instead. The answer is how many messages of
 * each template may now be sent to them, or null when they accepted none.
 */
export async function askToNotify(keys: SubscribeTemplateKey[]): Promise<Record<string, number> | null> {
  const tmplIds = keys.map((k) => SUBSCRIBE_TEMPLATES[k]);
  try {
    const answers = await requestSubscribe(tmplIds, { title: '接收微信通知', content: keys.map((k) => QUESTIONS[k]).join('；') });
    const accepted = keys.filter((k) => answers[SUBSCRIBE_TEMPLATES[k]] === 'accept');
    if (accepted.length === 0) return null;
    return (await call('resident.recordSubscriptions', { accepted }, { requestId: newRequestId() })).remaining;
  } catch {
    // Not subscribed: the in-app notice still tells them.
    return null;
  }
}
