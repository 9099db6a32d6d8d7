import type { ActionName } from '../api';

/** How many calls of one action one caller may make in one window. */
export interface WriteLimit {
  perWindow: number;
  windowMs: number;
}

const PER_MINUTE = (perWindow: number): WriteLimit => ({ perWindow, windowMs: 60_000 });
const WRITE = PER_MINUTE(30);

/**
 * Every action, with its limit per caller (WeChat openid) if it writes, or null for a read, which is
 * not limited. The one place to tune a limit. Server-side callers and timer runs have no openid and
 * are not limited here. The deployment may switch the limits off for a trusted batch (the demo
 * story's seeding, test suites that are not about limits) with `YL_WRITE_LIMITS=off` in the
 * function's environment; production leaves it unset.
 */
export const WRITE_LIMITS: Record<ActionName, WriteLimit | null> = {
  'resident.me': null,
  'resident.setElderMode': WRITE,
  'resident.recordSubscriptions': WRITE,
  'resident.createProfile': WRITE,
  'resident.getProfile': null,
  'resident.updateProfile': WRITE,
  'resident.listMine': null,
  'resident.requestAccess': WRITE,
  'resident.respondToRequest': WRITE,
  'resident.revokeAccess': WRITE,
  'resident.verifyConsent': WRITE,
  'resident.renewConsent': WRITE,
  'resident.listGuardians': null,
  'resident.pendingConsents': null,
  'resident.auditTrail': null,
  'resident.wechatPhone': null,
  'resident.readIdCard': null,
  'resident.verifyIdentity': WRITE,
  'resident.claimProfile': WRITE,
  'resident.identityCode': WRITE,
  'resident.verifyIdentityInPerson': WRITE,
  'grid.locate': null,
  'grid.search': null,
  'grid.team': null,
  'grid.map': null,
  'contract.packages': null,
  'contract.preview': null,
  'contract.apply': WRITE,
  'contract.switchTeam': WRITE,
  'contract.renew': WRITE,
  'contract.cancel': WRITE,
  'contract.review': WRITE,
  'contract.reviewQueue': null,
  'contract.reviewHistory': null,
  'contract.get': null,
  'contract.agreement': null,
  'contract.mine': null,
  'contract.overview': null,
  'contract.notices': null,
  'contract.readNotices': WRITE,
  'appointment.publish': WRITE,
  'appointment.slots': null,
  'appointment.book': WRITE,
  'appointment.cancel': WRITE,
  'appointment.mine': null,
  'appointment.reschedule': WRITE,
  'appointment.wait': WRITE,
  'appointment.close': WRITE,
  'appointment.roster': null,
  'appointment.adjust': WRITE,
  // A clinic session marks and records one patient after another.
  'appointment.mark': PER_MINUTE(60),
  'appointment.recordVisit': PER_MINUTE(60),
  'appointment.fulfilment': null,
  'appointment.rate': WRITE,
  'appointment.teamRatings': null,
  'reminder.overview': null,
  'reminder.savePlan': WRITE,
  'reminder.endPlan': WRITE,
  'reminder.confirmDose': WRITE,
  'reminder.setPrescriptions': WRITE,
  'reminder.quota': null,
  'health.record': WRITE,
  'health.chart': null,
  'health.triage': null,
  'health.followUp': WRITE,
  'health.confirmRisk': WRITE,
  'sojourn.register': WRITE,
  'sojourn.mine': null,
  'sojourn.review': WRITE,
  'sojourn.guests': null,
  'sojourn.extend': WRITE,
  'sojourn.end': WRITE,
  'sojourn.closingNote': WRITE,
  'sojourn.summary': null,
};

/** When the window that refused a call ends, in words for the screen: 操作太频繁，请在 40 秒后再试. */
export function tooManyWritesMessage(msLeft: number): string {
  const seconds = Math.max(1, Math.ceil(msLeft / 1000));
  return seconds < 60 ? `操作太频繁，请在 ${seconds} 秒后再试` : `操作太频繁，请在 ${Math.ceil(seconds / 60)} 分钟后再试`;
}
