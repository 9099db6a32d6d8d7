import type { ControlStatus } from './trend';

/** Why a patient is on the team's list today, most pressing first. */
export const TRIAGE_REASONS = ['urgent', 'above', 'silent'] as const;
export type TriageReason = (typeof TRIAGE_REASONS)[number];
export const TRIAGE_REASON_LABELS: Record<TriageReason, string> = {
  urgent: '危急读数待随访',
  above: '近两周平均高于目标',
  silent: '30天没有测量',
};

export interface TriageFacts {
  residentId: string;
  /** Urgent readings not yet followed up, with when the oldest was measured. */
  openUrgent: { count: number; oldest: Date | null };
  status: ControlStatus;
  /** When the last blood pressure or glucose reading was measured, if ever. */
  lastReadingAt: Date | null;
  /** Has a chronic-care package (慢病管理包) in the contract. */
  chronicPackage: boolean;
}

export interface TriageEntry {
  residentId: string;
  reason: TriageReason;
  /** Orders within a reason: the longest waiting first. */
  since: Date | null;
}

const DAY = 86_400_000;

/**
 * The team's patients in order of need: urgent readings not followed up (oldest first), then
 * above-target averages over two weeks, then chronic-package patients with no reading for 30 days
 * (never measured first). Everyone else is left off.
 */
export function triage(facts: readonly TriageFacts[], at: Date): TriageEntry[] {
  const entries: TriageEntry[] = [];
  for (const f of facts) {
    if (f.openUrgent.count > 0) entries.push({ residentId: f.residentId, reason: 'urgent', since: f.openUrgent.oldest });
    else if (f.status === 'above') entries.push({ residentId: f.residentId, reason: 'above', since: f.lastReadingAt });
    else if (f.chronicPackage && (f.lastReadingAt === null || at.getTime() - f.lastReadingAt.getTime() > 30 * DAY)) {
      entries.push({ residentId: f.residentId, reason: 'silent', since: f.lastReadingAt });
    }
  }
  const rank = (r: TriageReason) => TRIAGE_REASONS.indexOf(r);
  const time = (d: Date | null) => (d === null ? -Infinity : d.getTime());
  return entries.sort((x, y) => rank(x.reason) - rank(y.reason) || time(x.since) - time(y.since) || (x.residentId < y.residentId ? -1 : 1));
}
