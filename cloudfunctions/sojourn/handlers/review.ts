import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { once } from '../../core/idempotency';
import { authorize } from '../../core/policy/authorize';
import { notify } from '../../core/notices/notify';
import { StayRepository } from '../../core/sojourn/stay-repository';
import { reviewedNotice } from '../../core/sojourn/stay-notices';
import { toStay } from '../../core/sojourn/stay-views';

/**
 * The sojourn team reviews a registration as it reviews applications (`contract.review`, the team it
 * is addressed to, never in a case of its own); the resident and family are told.
 */
export const review: Handler<'sojourn.review'> = async ({ stayId, decision, reason }, ctx) => {
  const repo = new StayRepository(ctx.db);
  const stay = await repo.find(stayId);
  if (!stay) throw new AppError('NOT_FOUND', '没有找到这份旅居登记', 'stayId');
  const { actor } = await authorize(ctx, {
    residentId: stay.residentId,
    permission: 'contract.review',
    application: { teamId: stay.teamId, signedBy: stay.signedBy.openid },
  });
  await once(ctx, async () => {
    const now = ctx.now();
    const entry = {
      at: now,
      by: ctx.openid,
      reviewerLabel: `${actor?.staff?.name ?? actor?.nickname ?? '团队成员'}（${stay.team.name}）`,
      decision,
      reason: reason?.trim() || null,
    };
    await notify(ctx, reviewedNotice(await repo.review(stay._id, entry, now)));
    return null;
  });
  return toStay((await repo.find(stay._id))!, ctx.now(), 'staff');
};
