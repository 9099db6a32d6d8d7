/**
 * WeChat subscribe-message templates (订阅消息模板), by what they tell the user. The IDs come from the
 * mini-program's template library in the WeChat admin console; each can be set per environment with
 * the variable named beside it. The defaults are the IDs the local emulator accepts.
 */
const env = (name: string): string | undefined => {
  const proc = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  return proc?.env?.[name] || undefined;
};

export const SUBSCRIBE_TEMPLATES = {
  /** 签约审核结果通知: an application was approved or not. */
  contractReviewResult: env('YL_TMPL_CONTRACT_REVIEW_RESULT') ?? 'tmpl-contract-review-result',
  /** 签约到期提醒: a contract ends within 30 days and can be renewed. */
  renewalNotice: env('YL_TMPL_RENEWAL_NOTICE') ?? 'tmpl-contract-renewal-notice',
} as const;

export type SubscribeTemplateKey = keyof typeof SUBSCRIBE_TEMPLATES;
