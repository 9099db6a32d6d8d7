import { dayText } from './period';
import { effectiveStatus, type ContractStatus } from './status';
import { renewalOpensAt } from './period';

/** The facts of a contract the status timeline is drawn from. */
export interface TimelineFacts {
  status: ContractStatus;
  purpose: 'new' | 'switch' | 'renew';
  submittedAt: Date;
  signedByLabel: string;
  period: { start: Date; end: Date } | null;
  review: { at: Date; decision: 'approve' | 'reject'; reason: string | null; reviewerLabel: string } | null;
  ended: { at: Date; reason: string | null; byLabel: string } | null;
  teamName: string;
}

export type StepState = 'done' | 'current' | 'upcoming' | 'failed';

export interface TimelineStep {
  key: 'submitted' | 'review' | 'active' | 'expiring' | 'ended';
  title: string;
  at: Date | null;
  state: StepState;
  detail: string | null;
}

const ENDED_TITLES: Partial<Record<ContractStatus, string>> = {
  expired: '服务期满',
  switched: '已换签到其他团队',
  cancelled: '已解约',
  withdrawn: '已撤回申请',
};

/**
 * The steps of an application and contract as the resident follows them: submitted, reviewed
 * (approved or not), in effect, renewal window open (30 days before the end), and how it ended.
 */
export function contractTimeline(c: TimelineFacts, at: Date): TimelineStep[] {
  const status = effectiveStatus(c, at);
  const steps: TimelineStep[] = [
    { key: 'submitted', title: '提交申请', at: c.submittedAt, state: 'done', detail: c.signedByLabel },
  ];

  if (status === 'withdrawn') {
    steps.push({ key: 'ended', title: ENDED_TITLES.withdrawn!, at: c.ended?.at ?? null, state: 'failed', detail: c.ended?.reason ?? null });
    return steps;
  }
  if (!c.review) {
    steps.push({ key: 'review', title: '等待团队审核', at: null, state: 'current', detail: `${c.teamName}审核后会通知您` });
    return steps;
  }
  if (c.review.decision === 'reject') {
    steps.push({ key: 'review', title: '审核未通过', at: c.review.at, state: 'failed', detail: c.review.reason });
    return steps;
  }
  steps.push({ key: 'review', title: '审核通过', at: c.review.at, state: 'done', detail: c.review.reviewerLabel });

  if (!c.period) return steps;
  const start = new Date(c.period.start);
  const end = new Date(c.period.end);
  const started = start.getTime() <= at.getTime();
  steps.push({
    key: 'active',
    title: started ? '协议生效' : '协议待生效',
    at: start,
    state: started ? (status === 'active' ? 'current' : 'done') : 'upcoming',
    detail: `服务期 ${dayText(start)} 至 ${dayText(end)}`,
  });

  const ended = ENDED_TITLES[status];
  const opens = renewalOpensAt(end);
  const endedEarly = ended !== undefined && status !== 'expired';
  if (!endedEarly) {
    const windowOpen = opens.getTime() <= at.getTime();
    steps.push({
      key: 'expiring',
      title: '即将到期，可续约',
      at: opens,
      state: status === 'active' && windowOpen ? 'current' : windowOpen ? 'done' : 'upcoming',
      detail: `${dayText(end)}到期，到期前30天起可一键续约`,
    });
  }
  if (ended) {
    const endAt = status === 'expired' ? end : (c.ended?.at ?? end);
    steps.push({ key: 'ended', title: ended, at: endAt, state: 'done', detail: c.ended?.reason ?? null });
  }
  return steps;
}
