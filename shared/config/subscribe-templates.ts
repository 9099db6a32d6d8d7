/**
 * WeChat subscribe-message templates (订阅消息模板), by what they tell the user. The IDs come from the
 * mini-program's template library in the WeChat admin console (订阅消息 → 选用模板); each is set per
 * environment with the variable named in its spec, for the functions (cloudbaserc.json passes it) and
 * for the mini-program build (config/index.ts passes it). Without one, the ID is the local emulator's.
 *
 * `fields` are the template keywords the app fills, with what each carries: choose a library template
 * whose keywords have these names and kinds (thing = text up to 20 characters, time, date, phrase =
 * up to 5 characters, name).
 */
export interface SubscribeTemplateSpec {
  /** The template's title in WeChat's library. */
  title: string;
  /** The environment variable holding this environment's template ID. */
  variable: string;
  /** The ID the local emulator accepts. */
  localId: string;
  fields: Record<string, string>;
  /**
   * A long-term subscription (长期订阅, granted by WeChat only to some public-service categories): one
   * acceptance covers every later message, so the product keeps no count for it.
   */
  longTerm?: boolean;
}

export const SUBSCRIBE_TEMPLATE_SPECS = {
  /** An application was approved or not. */
  contractReviewResult: {
    title: '签约审核结果通知',
    variable: 'YL_TMPL_CONTRACT_REVIEW_RESULT',
    localId: 'tmpl-contract-review-result',
    fields: { thing1: '申请内容', phrase2: '审核结果', thing3: '签约团队', time4: '审核时间', thing5: '备注' },
  },
  /** A contract ends within 30 days and can be renewed. */
  renewalNotice: {
    title: '签约到期提醒',
    variable: 'YL_TMPL_RENEWAL_NOTICE',
    localId: 'tmpl-contract-renewal-notice',
    fields: { thing1: '签约内容', date2: '到期日期', thing3: '签约团队', thing4: '温馨提示' },
  },
  /** Time to take a medicine, from a reminder plan. */
  medicationReminder: {
    title: '用药提醒',
    variable: 'YL_TMPL_MEDICATION_REMINDER',
    localId: 'tmpl-medication-reminder',
    fields: { thing1: '药品名称', thing2: '用法用量', time3: '用药时间', thing4: '温馨提示' },
  },
  /** A dose was not confirmed within an hour: tells the family (guardians with the reminders scope). */
  missedDoseAlert: {
    title: '服药提醒',
    variable: 'YL_TMPL_MISSED_DOSE_ALERT',
    localId: 'tmpl-missed-dose-alert',
    fields: { name1: '服药人', thing2: '药品名称', time3: '用药时间', thing4: '温馨提示' },
  },
  /** A booked visit is coming up. */
  appointmentReminder: {
    title: '预约提醒',
    variable: 'YL_TMPL_APPOINTMENT_REMINDER',
    localId: 'tmpl-appointment-reminder',
    fields: { name1: '就诊人', time2: '预约时间', thing3: '服务地点', thing4: '服务团队', thing5: '温馨提示' },
  },
  /** A booking was cancelled by the team (停诊) or otherwise not by the person told. */
  appointmentCancelled: {
    title: '预约取消通知',
    variable: 'YL_TMPL_APPOINTMENT_CANCELLED',
    localId: 'tmpl-appointment-cancelled',
    fields: { name1: '就诊人', time2: '预约时间', thing3: '服务地点', thing4: '取消原因', thing5: '温馨提示' },
  },
  /** 有号提醒: a place freed on a day the person waits for, kept for them for a while. */
  slotAvailable: {
    title: '候补成功通知',
    variable: 'YL_TMPL_SLOT_AVAILABLE',
    localId: 'tmpl-slot-available',
    fields: { name1: '就诊人', time2: '就诊时间', thing3: '服务地点', thing4: '服务团队', thing5: '温馨提示' },
  },
  /** A relative asks to act for the resident and waits for her consent in the app. */
  familyRequest: {
    title: '授权申请提醒',
    variable: 'YL_TMPL_FAMILY_REQUEST',
    localId: 'tmpl-family-request',
    fields: { name1: '申请人', thing2: '申请事项', time3: '申请时间', thing4: '温馨提示' },
  },
  /** An urgent home reading: tells the team looking after the resident and her family (reminders scope). */
  readingAlert: {
    title: '健康监测异常提醒',
    variable: 'YL_TMPL_READING_ALERT',
    localId: 'tmpl-reading-alert',
    fields: { name1: '测量人', thing2: '监测项目', thing3: '测量结果', time4: '测量时间', thing5: '温馨提示' },
  },
} as const satisfies Record<string, SubscribeTemplateSpec>;

export type SubscribeTemplateKey = keyof typeof SUBSCRIBE_TEMPLATE_SPECS;

/** Whether the template is a long-term subscription, for which no count of messages left is kept. */
export const isLongTermTemplate = (key: SubscribeTemplateKey): boolean =>
  (SUBSCRIBE_TEMPLATE_SPECS[key] as SubscribeTemplateSpec).longTerm === true;

// Each variable is read by its full name: the mini-program build replaces `process.env.<NAME>` with the
// value given at build time, and there is no `process` in the mini-program to look a computed name up.
export const SUBSCRIBE_TEMPLATES: Record<SubscribeTemplateKey, string> = {
  contractReviewResult:
    process.env.YL_TMPL_CONTRACT_REVIEW_RESULT || SUBSCRIBE_TEMPLATE_SPECS.contractReviewResult.localId,
  renewalNotice: process.env.YL_TMPL_RENEWAL_NOTICE || SUBSCRIBE_TEMPLATE_SPECS.renewalNotice.localId,
  medicationReminder: process.env.YL_TMPL_MEDICATION_REMINDER || SUBSCRIBE_TEMPLATE_SPECS.medicationReminder.localId,
  missedDoseAlert: process.env.YL_TMPL_MISSED_DOSE_ALERT || SUBSCRIBE_TEMPLATE_SPECS.missedDoseAlert.localId,
  appointmentReminder:
    process.env.YL_TMPL_APPOINTMENT_REMINDER || SUBSCRIBE_TEMPLATE_SPECS.appointmentReminder.localId,
  appointmentCancelled:
    process.env.YL_TMPL_APPOINTMENT_CANCELLED || SUBSCRIBE_TEMPLATE_SPECS.appointmentCancelled.localId,
  slotAvailable: process.env.YL_TMPL_SLOT_AVAILABLE || SUBSCRIBE_TEMPLATE_SPECS.slotAvailable.localId,
  familyRequest: process.env.YL_TMPL_FAMILY_REQUEST || SUBSCRIBE_TEMPLATE_SPECS.familyRequest.localId,
  readingAlert: process.env.YL_TMPL_READING_ALERT || SUBSCRIBE_TEMPLATE_SPECS.readingAlert.localId,
};
