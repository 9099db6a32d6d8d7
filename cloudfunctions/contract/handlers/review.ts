import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { once } from '../../core/idempotency';
import { authorizeTeamAccess } from '../../core/policy/contract-access';
import { ContractRepository } from '../../core/contracts/contract-repository';
import { toContract } from '../../core/contracts/contract-views';
import { aboutContract, reviewNotice } from '../../core/contracts/contract-notices';
import { notify } from '../../core/notices/notify';

/**
 * Staff of the team an application is addressed to approve it (in effect for one year from today,
 * or from the day after the old one ends for an early renewal) or turn it down with a reason. The
 * resident is told in the app and, if they subscribed, by WeChat message.
 */
export const review: Handler<'contract.review'> = async ({ contractId, decision, reason }, ctx) => {
  const repo = new ContractRepository(ctx.db);
  const doc = await repo.find(contractId);
  if (!doc) throw new AppError('NOT_FOUND', '没有找到这份签约申请', 'contractId');
  const { account } = await authorizeTeamAccess(ctx, doc);
  await once(ctx, async () => {
    const now = ctx.now();
    const entry = {
      at: now,
      by: ctx.openid,
      reviewerLabel: `${account.staff?.name ?? account.nickname}（${doc.team.name}）`,
      decision,
      reason: reason?.trim() || null,
    };
    const updated = decision === 'approve' ? await repo.approve(doc._id, entry, now) : await repo.reject(doc._id, entry, now);
    const { notice, message } = reviewNotice(updated, now);
    await notify(ctx, aboutContract(updated, notice, message));
    return null;
  });
  return toContract((await repo.find(doc._id))!, ctx.now());
};
