import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { authorizeContractRead } from '../../core/policy/contract-access';
import { ContractRepository } from '../../core/contracts/contract-repository';
import { toContract } from '../../core/contracts/contract-views';

/** One contract or application with its timeline. */
export const get: Handler<'contract.get'> = async ({ contractId }, ctx) => {
  const doc = await new ContractRepository(ctx.db).find(contractId);
  if (!doc) throw new AppError('NOT_FOUND', '没有找到这份签约', 'contractId');
  await authorizeContractRead(ctx, doc);
  return toContract(doc, ctx.now());
};
