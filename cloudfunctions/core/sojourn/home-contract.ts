import type { Ctx } from '../context';
import { ContractRepository } from '../contracts/contract-repository';
import type { ContractDoc } from '../contracts/contract-docs';
import { effectiveStatus } from '../../../shared/contract/status';

/** The resident's home (regular) contract in effect now, if any; a stay leaves it untouched. */
export async function homeContractOf(ctx: Ctx, residentId: string): Promise<ContractDoc | null> {
  const now = ctx.now();
  const active = await new ContractRepository(ctx.db).activeFor(residentId);
  return active.find((c) => c.kind === 'regular' && c.period !== null && effectiveStatus(c, now) === 'active' && new Date(c.period.start) <= now) ?? null;
}
