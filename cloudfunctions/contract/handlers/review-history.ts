import type { Handler } from '../../core/define-function';
import { authorizeTeam } from '../../core/policy/team-access';
import { ContractRepository } from '../../core/contracts/contract-repository';
import { maskName } from '../../core/contracts/review-summary';

/**
 * For staff: the applications their team has approved or turned down, newest decision first, with
 * who decided, when and why. Names are masked as in the queue; the contract page has the rest for
 * whoever may read it.
 */
export const reviewHistory: Handler<'contract.reviewHistory'> = async ({ limit, before }, ctx) => {
  const { team } = await authorizeTeam(ctx, 'applications.history');
  const docs = await new ContractRepository(ctx.db).reviewedForTeam(team._id, limit + 1, before ? new Date(before) : undefined);
  const page = docs.slice(0, limit);
  const items = page.map((c) => ({
    contractId: c._id,
    purpose: c.purpose,
    name: maskName(c.residentName),
    packages: c.packages.map((p) => p.name),
    submittedAt: new Date(c.submittedAt).toISOString(),
    decision: c.review!.decision,
    reviewerLabel: c.review!.reviewerLabel,
    reviewedAt: new Date(c.review!.at).toISOString(),
    reason: c.review!.reason,
  }));
  const next = docs.length > limit && items.length > 0 ? items[items.length - 1].reviewedAt : null;
  return { team: { id: team._id, name: team.name, institution: team.institution, phone: team.phone }, items, next };
};
