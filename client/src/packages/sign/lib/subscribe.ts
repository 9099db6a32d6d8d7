import Taro from '@tarojs/taro';
import { SUBSCRIBE_TEMPLATES, type SubscribeTemplateKey } from '@shared/config/subscribe-templates';

const QUESTIONS: Partial<Record<SubscribeTemplateKey, string>> = {
  contractReviewResult: '团队审核后，用微信消息告诉您结果',
  renewalNotice: '签约到期前30天，用微信消息提醒您续约',
};

/**
 * Asks the user to allow one WeChat message per template (一次性订阅消息); it must run inside a tap.
 * Saying no, or a failure, never stops what the user is doing: they are told in the app anyway. The
 * browser build has no WeChat, so the local server's stand-in records the answer instead.
 */
export async function askToNotify(keys: SubscribeTemplateKey[]): Promise<void> {
  const tmplIds = keys.map((k) => SUBSCRIBE_TEMPLATES[k]);
  try {
    if (process.env.TARO_ENV === 'weapp') {
      await Taro.requestSubscribeMessage({ tmplIds } as Parameters<typeof Taro.requestSubscribeMessage>[0]);
      return;
    }
    const { confirm } = await Taro.showModal({ title: '接收微信通知', content: keys.map((k) => QUESTIONS[k] ?? '').filter(Boolean).join('；'), confirmText: '允许', cancelText: '不用了' });
    if (!confirm) return;
    await fetch('/__dev/wx/requestSubscribeMessage', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tmplIds }),
    });
  } catch {
    // Not subscribed: the in-app notice still tells them.
  }
}
