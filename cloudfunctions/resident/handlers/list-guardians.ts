import type { Handler } from '../../core/define-function';
import { authorize } from '../../core/policy/authorize';
import { GuardianshipRepository } from '../../core/guardianships/guardianship-repository';
import { toGuardianship } from '../../core/residents/views';

/** Everyone who acts for a resident or has asked to, for the resident and staff of their team. */
export const listGuardians: Handler<'resident.listGuardians'> = async ({ residentId }, ctx) => {
  const now = ctx.now();
  const { resident } = await authorize(ctx, { residentId, permission: 'access.list' });
  const list = await new GuardianshipRepository(ctx.db).forResident(residentId);
  return {
    guardianships: list
      .map((g) => toGuardianship(g, resident.birthDate, now, true))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
  };
};
