import { isRenewalOpen, renewalOpensAt } from './period';

/**
 * Where a contract stands. An application is `pending_review` until its team answers; approved it is
 * `active`, or `scheduled` when it renews a contract that has not ended yet. A contract ends as
 * `expired` (its year is over), `switched` (another team took over), or `cancelled` (解约); an
 * application ends as `rejected` or `withdrawn`.
 */
export const CONTRACT_STATUSES = ['pending_review', 'scheduled', 'active', 'rejected', 'withdrawn', 'expired', 'switched', 'cancelled'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

export const CONTRACT_STATUS_LABELS: Record<ContractStatus, string> = {
  pending_review: '待团队审核',
  scheduled: '已续约，待生效',
  active: '生效中',
  rejected: '未通过审核',
  withdrawn: '已撤回',
  expired: '已到期',
  switched: '已换签',
  cancelled: '已解约',
};

/** Why an application was made. */
export const PURPOSES = ['new', 'switch', 'renew'] as const;
export type Purpose = (typeof PURPOSES)[number];

export const PURPOSE_LABELS: Record<Purpose, string> = {
  new: '签约',
  switch: '换签',
  renew: '续约',
};

/** Statuses that hold the resident's one place for an upcoming contract. */
export const NEXT_STATUSES: readonly ContractStatus[] = ['pending_review', 'scheduled'];
export const ENDED_STATUSES: readonly ContractStatus[] = ['rejected', 'withdrawn', 'expired', 'switched', 'cancelled'];

export interface StatusFacts {
  status: ContractStatus;
  period: { start: Date; end: Date } | null;
}

/**
 * The status as it is at `at`, even before the nightly run has caught up: an active contract past its
 * last day is expired, a scheduled renewal whose day has come is active.
 */
export function effectiveStatus(c: StatusFacts, at: Date): ContractStatus {
  const t = at.getTime();
  if (c.status === 'active' && c.period && new Date(c.period.end).getTime() < t) return 'expired';
  if (c.status === 'scheduled' && c.period && new Date(c.period.start).getTime() <= t) {
    return new Date(c.period.end).getTime() < t ? 'expired' : 'active';
  }
  return c.status;
}

/** Whether a contract in effect at `at` can be renewed now, and from when. */
export function renewalState(c: StatusFacts, at: Date): { opensAt: Date; open: boolean } | null {
  const status = effectiveStatus(c, at);
  if (!c.period || (status !== 'active' && status !== 'expired')) return null;
  const end = new Date(c.period.end);
  return { opensAt: renewalOpensAt(end), open: isRenewalOpen(end, at) };
}
