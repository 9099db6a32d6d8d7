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
type Answers = Record<string, unknown>;

async function ask(keys: SubscribeTemplateKey[], tmplIds: string[]): Promise<Answers> {
  if (process.env.TARO_ENV === 'weapp') {
    return (await Taro.requestSubscribeMessage({ tmplIds } as Parameters<typeof Taro.requestSubscribeMessage>[0])) as unknown as Answers;
  }
  const { confirm } = await Taro.showModal({ title: '接收微信通知', content: keys.map((k) => QUESTIONS[k]).join('；'), confirmText: '允许', cancelText: '不用了' });
  if (!confirm) return {};
  const res = await fetch('/__dev/wx/requestSubscribeMessage', {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tmplIds }),
  });
  return res.ok ? ((await res.json()) as Answers) : {};
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
    const answers = await ask(keys, tmplIds);
    const accepted = keys.filter((k) => answers[SUBSCRIBE_TEMPLATES[k]] === 'accept');
    if (accepted.length === 0) return null;
    return (await call('resident.recordSubscriptions', { accepted }, { requestId: newRequestId() })).remaining;
  } catch {
    // Not subscribed: the in-app notice still tells them.
    return null;
  }
}
