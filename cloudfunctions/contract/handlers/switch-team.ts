import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { once } from '../../core/idempotency';
import { sign } from '../../core/contracts/signing';
import { ContractRepository } from '../../core/contracts/contract-repository';
import { toContract } from '../../core/contracts/contract-views';
import { replaySigning } from '../../core/policy/contract-access';

/**
 * Asks to move to another team (换签) while a contract is in effect. The contract in effect goes on
 * until the new team approves; then it ends as switched and the new one starts the same day.
 */
export const switchTeam: Handler<'contract.switchTeam'> = async ({ contractId, agreementHash, reason, ...input }, ctx) => {
  const repo = new ContractRepository(ctx.db);
  const id = await once(ctx, async () => {
    const previous = await repo.find(contractId);
    if (!previous) throw new AppError('NOT_FOUND', '没有找到原来的签约', 'contractId');
    const doc = await sign(
      ctx,
      { ...input, residentId: previous.residentId, purpose: 'switch', previousContractId: previous._id, reason },
      agreementHash,
    );
    return doc._id;
  }, replaySigning(ctx));
  return toContract((await repo.find(id))!, ctx.now());
};
