import type { Handler } from '../../core/define-function';
import { once } from '../../core/idempotency';
import { sign } from '../../core/contracts/signing';
import { ContractRepository } from '../../core/contracts/contract-repository';
import { toContract } from '../../core/contracts/contract-views';
import { replaySigning } from '../../core/policy/contract-access';

/** Signs with a team: the application waits for the team's review (待审核). */
export const apply: Handler<'contract.apply'> = async ({ agreementHash, ...input }, ctx) => {
  const id = await once(ctx, async () => {
    const doc = await sign(ctx, { ...input, purpose: 'new', previousContractId: null, reason: null }, agreementHash);
    return doc._id;
  }, replaySigning(ctx));
  return toContract((await new ContractRepository(ctx.db).find(id))!, ctx.now());
};
