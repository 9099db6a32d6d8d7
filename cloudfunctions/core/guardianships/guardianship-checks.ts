import type { Ctx } from '../context';
import { AppError } from '../errors';
import type { Scope } from '../../../shared/policy/scopes';
import { GuardianshipRepository, type GuardianshipDoc } from './guardianship-repository';

export async function loadGuardianship(ctx: Ctx, id: string): Promise<GuardianshipDoc> {
  const doc = await new GuardianshipRepository(ctx.db).find(id);
  if (!doc) throw new AppError('NOT_FOUND', '没有找到这条代管记录');
  return doc;
}

/** A consent can cover only what the guardian asked for. */
export function checkScopesWithin(requested: readonly Scope[], chosen: readonly Scope[]): void {
  if (chosen.some((s) => !requested.includes(s))) {
    throw new AppError('INVALID_INPUT', '只能在对方申请的代管权限范围内选择', 'scopes');
  }
}
