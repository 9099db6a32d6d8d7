import type { Notice } from '@shared/api/contract';
import { pageUrl } from '@shared/pages/page-paths';

/** How a notice looks: good news, something to look at, something waiting for the reader, or plain news. */
export type NoticeTone = 'good' | 'attention' | 'action' | 'plain';

export const NOTICE_TONES: Record<Notice['kind'], NoticeTone> = {
  approved: 'good',
  renewed: 'good',
  access_granted: 'good',
  rejected: 'attention',
  expired: 'attention',
  slot_closed: 'attention',
  access_declined: 'attention',
  access_revoked: 'attention',
  signer_withdrawn: 'attention',
  switched_away: 'plain',
  renewal_due: 'action',
  family_request: 'action',
  visit_reminder: 'action',
  slot_available: 'plain',
  missed_dose: 'attention',
  refill_due: 'action',
  reading_alert: 'attention',
  stay_approved: 'good',
  stay_rejected: 'attention',
  stay_over: 'action',
  profile_claimed: 'attention',
};

/** A short word before the title, so the kind is told in words and not by colour alone. */
export const NOTICE_TAGS: Record<NoticeTone, string> = { good: '已通过', attention: '请留意', action: '待处理', plain: '通知' };

/** The page a notice opens, with a way back to `back`; null when it has nothing more to show. */
export function noticeTarget(n: Notice, back: string): string | null {
  if (n.kind === 'family_request' && n.guardianshipId) return pageUrl('familyConsent', { guardianshipId: n.guardianshipId, back });
  if (n.kind.startsWith('access_')) return pageUrl('familyHome');
  if (n.kind === 'missed_dose' || n.kind === 'refill_due') return pageUrl('reminders', { residentId: n.residentId });
  // A sojourn registration is a contract of its own kind: its notices open the sojourn pages.
  if (n.kind === 'stay_over' && n.contractId) return pageUrl('sojournSummary', { stayId: n.contractId });
  if (n.kind.startsWith('stay_')) return pageUrl('sojournRegister', { residentId: n.residentId });
  if (n.contractId) return pageUrl('signContract', { contractId: n.contractId });
  return null;
}
