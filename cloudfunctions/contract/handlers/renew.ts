import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { once } from '../../core/idempotency';
import { sign } from '../../core/contracts/signing';
import { ContractRepository } from '../../core/contracts/contract-repository';
import { toContract } from '../../core/contracts/contract-views';
import { replaySigning } from '../../core/policy/contract-access';

/**
 * Renews (续约) from 30 days before the end, with the same team or another. Approved while the old
 * contract still runs, the new one starts the day after it ends.
 */
export const renew: Handler<'contract.renew'> = async ({ contractId, agreementHash, ...input }, ctx) => {
  const repo = new ContractRepository(ctx.db);
  const id = await once(ctx, async () => {
    const previous = await repo.find(contractId);
    if (!previous) throw new AppError('NOT_FOUND', '没有找到要续约的签约', 'contractId');
    const doc = await sign(
      ctx,
      { ...input, residentId: previous.residentId, purpose: 'renew', previousContractId: previous._id, reason: null },
      agreementHash,
    );
    return doc._id;
  }, replaySigning(ctx));
  return toContract((await repo.find(id))!, ctx.now());
};
