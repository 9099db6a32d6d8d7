import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { once } from '../../core/idempotency';
import { authorize } from '../../core/policy/authorize';
import { ContractRepository } from '../../core/contracts/contract-repository';
import { signerLabel, toContract } from '../../core/contracts/contract-views';

/** The resident, or family with the 签约 scope, withdraws an application or ends a contract (解约). */
export const cancel: Handler<'contract.cancel'> = async ({ contractId, reason }, ctx) => {
  const repo = new ContractRepository(ctx.db);
  const doc = await repo.find(contractId);
  if (!doc) throw new AppError('NOT_FOUND', '没有找到这份签约', 'contractId');
  const access = await authorize(ctx, { residentId: doc.residentId, permission: 'contract.sign' });
  const byLabel =
    access.as === 'self'
      ? '本人'
      : signerLabel({ openid: ctx.openid, as: 'guardian', name: access.guardianship?.guardianName ?? '家人', relation: access.guardianship?.relation ?? null });
  await once(ctx, async () => {
    await repo.end(doc._id, { at: ctx.now(), by: ctx.openid, byLabel, reason }, ctx.now());
    return null;
  });
  return toContract((await repo.find(doc._id))!, ctx.now());
};
