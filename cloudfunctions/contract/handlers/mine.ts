import type { Handler } from '../../core/define-function';
import { authorize } from '../../core/policy/authorize';
import { ContractRepository } from '../../core/contracts/contract-repository';
import { currentAndNext, toContract } from '../../core/contracts/contract-views';

/** A resident's contract in effect, the application or renewal waiting, and earlier ones. */
export const mine: Handler<'contract.mine'> = async ({ residentId }, ctx) => {
  const access = await authorize(ctx, { residentId, permission: 'records.read' });
  const now = ctx.now();
  const docs = await new ContractRepository(ctx.db).forResident(residentId);
  const { current, next } = currentAndNext(docs, now);
  return {
    residentId,
    residentName: access.resident.name,
    current: current ? toContract(current, now) : null,
    next: next ? toContract(next, now) : null,
    history: docs.filter((d) => d !== current && d !== next).slice(0, 20).map((d) => toContract(d, now)),
    canSign: access.as === 'self' || (access.as === 'guardian' && access.scopes.includes('sign')),
  };
};
