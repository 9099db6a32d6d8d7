import type { Quota, ReminderTemplate } from '@shared/api/reminder';
import { call, newRequestId } from '../../../api';
import { requestSubscribe } from '../../../lib/subscribe';

/**
 * Asks WeChat for one more message of each reminder template (一次性订阅: each acceptance allows one
 * message) and tells the backend what was accepted, so the page can say how many reminders are left.
 * It must run inside a tap. The browser build has no WeChat: the local server's stand-in answers.
 */
export async function topUp(quota: Quota): Promise<boolean> {
  const templates = quota.templates.filter((t) => t.remaining !== null);
  if (templates.length === 0) return false;
  const tmplIds = templates.map((t) => t.templateId);
  const answer = await requestSubscribe(tmplIds, {
    title: '接收用药提醒',
    content: '每允许一次，微信就多给您发一条用药提醒；家人漏服时，也能收到一条通知。',
  });
  const accepted: ReminderTemplate[] = templates.filter((t) => answer[t.templateId] === 'accept').map((t) => t.template);
  if (accepted.length === 0) return false;
  await call('resident.recordSubscriptions', { accepted }, { requestId: newRequestId() });
  return true;
}
