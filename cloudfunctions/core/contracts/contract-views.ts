import type { Contract } from '../../../shared/api/contract';
import { daysLeft } from '../../../shared/contract/period';
import { CONTRACT_STATUS_LABELS, effectiveStatus, renewalState } from '../../../shared/contract/status';
import { contractTimeline } from '../../../shared/contract/timeline';
import { GUARDIAN_RELATION_LABELS } from '../../../shared/resident/vocabulary';
import type { ContractDoc, SignedBy } from './contract-docs';

const iso = (d: Date | string) => new Date(d).toISOString();
const asDate = (d: Date | string) => new Date(d);

/** 本人, or 王敏（子女）. */
export function signerLabel(s: SignedBy): string {
  return s.as === 'self' ? '本人' : `${s.name}（${s.relation ? GUARDIAN_RELATION_LABELS[s.relation] : '家人'}）`;
}

/** A contract as replies carry it, with its status and timeline as they are at `now`. */
export function toContract(doc: ContractDoc, now: Date): Contract {
  const status = effectiveStatus(doc, now);
  const period = doc.period ? { start: asDate(doc.period.start), end: asDate(doc.period.end) } : null;
  const renewal = period ? renewalState({ status: doc.status, period }, now) : null;
  const signed = signerLabel(doc.signedBy);
  return {
    id: doc._id,
    residentId: doc.residentId,
    residentName: doc.residentName,
    team: { id: doc.teamId, ...doc.team },
    kind: 'regular',
    purpose: doc.purpose,
    previousContractId: doc.previousContractId,
    status,
    statusLabel: CONTRACT_STATUS_LABELS[status],
    packages: doc.packages,
    fees: doc.fees,
    period: period ? { start: iso(period.start), end: iso(period.end) } : null,
    signedBy: {
      as: doc.signedBy.as,
      name: doc.signedBy.name,
      relationLabel: doc.signedBy.relation ? GUARDIAN_RELATION_LABELS[doc.signedBy.relation] : null,
      label: doc.signedBy.as === 'self' ? '本人签署' : `家人代签：${signed}`,
    },
    submittedAt: iso(doc.submittedAt),
    reason: doc.reason,
    review: doc.review ? { at: iso(doc.review.at), decision: doc.review.decision, reason: doc.review.reason, reviewerLabel: doc.review.reviewerLabel } : null,
    ended: doc.ended ? { at: iso(doc.ended.at), reason: doc.ended.reason, byLabel: doc.ended.byLabel } : null,
    agreement: { templateVersion: doc.agreement.templateVersion, hash: doc.agreement.hash },
    timeline: contractTimeline(
      {
        status: doc.status,
        purpose: doc.purpose,
        submittedAt: asDate(doc.submittedAt),
        signedByLabel: doc.signedBy.as === 'self' ? '本人提交' : `${signed}代为提交`,
        period,
        review: doc.review ? { ...doc.review, at: asDate(doc.review.at) } : null,
        ended: doc.ended ? { ...doc.ended, at: asDate(doc.ended.at) } : null,
        teamName: doc.team.name,
      },
      now,
    ).map((s) => ({ ...s, at: s.at ? iso(s.at) : null })),
    renewal: renewal && period && status === 'active' ? { opensAt: iso(renewal.opensAt), open: renewal.open, daysLeft: daysLeft(period.end, now) } : null,
  };
}

/** The contract in effect now, and the application or renewal waiting, from a resident's list. */
export function currentAndNext(docs: readonly ContractDoc[], now: Date): { current: ContractDoc | null; next: ContractDoc | null } {
  const current = docs.find((d) => effectiveStatus(d, now) === 'active') ?? null;
  const next = docs.find((d) => d !== current && (d.status === 'pending_review' || effectiveStatus(d, now) === 'scheduled')) ?? null;
  return { current, next };
}
