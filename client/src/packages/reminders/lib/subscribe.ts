import Taro from '@tarojs/taro';
import type { Quota, ReminderTemplate } from '@shared/api/reminder';
import { call, newRequestId } from '../../../api';

/**
 * Asks WeChat for one more message of each reminder template (一次性订阅: each acceptance allows one
 * message) and tells the backend what was accepted, so the page can say how many reminders are left.
 * It must run inside a tap. The browser build has no WeChat: the local server's stand-in answers.
 */
export async function topUp(quota: Quota): Promise<boolean> {
  const templates = quota.templates.filter((t) => t.remaining !== null);
  if (templates.length === 0) return false;
  const tmplIds = templates.map((t) => t.templateId);
  let answer: Record<string, unknown>;
  if (process.env.TARO_ENV === 'weapp') {
    answer = (await Taro.requestSubscribeMessage({ tmplIds } as Parameters<typeof Taro.requestSubscribeMessage>[0])) as unknown as Record<string, unknown>;
  } else {
    const { confirm } = await Taro.showModal({
      title: '接收用药提醒',
      content: '每允许一次，微信就多给您发一条用药提醒；家人漏服时，也能收到一条通知。',
      confirmText: '允许',
      cancelText: '不用了',
    });
    if (!confirm) return false;
    const res = await fetch('/__dev/wx/requestSubscribeMessage', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tmplIds }),
    });
    answer = (await res.json()) as Record<string, unknown>;
  }
  const accepted: ReminderTemplate[] = templates.filter((t) => answer[t.templateId] === 'accept').map((t) => t.template);
  if (accepted.length === 0) return false;
  await call('resident.recordSubscriptions', { accepted }, { requestId: newRequestId() });
  return true;
}
