import type { Handler } from '../../core/define-function';
import { once } from '../../core/idempotency';
import { authorize } from '../../core/policy/authorize';
import { GuardianshipRepository } from '../../core/guardianships/guardianship-repository';
import { loadGuardianship } from '../../core/guardianships/guardianship-checks';
import { guardianView, toGuardianship } from '../../core/residents/views';
import { withdrawSignedBy } from '../../core/contracts/signer-withdrawal';
import { familyNotices } from '../../core/guardianships/family-notices';
import { isIdentityVerified } from '../../core/residents/resident-repository';

const ENDED_BY = { self: 'resident', guardian: 'guardian', staff: 'staff' } as const;

/**
 * Ends a guardianship at once: by the resident, by the guardian giving it up, or by a staff member of
 * the resident's team at the resident's request in person. Ending one already ended changes nothing.
 */
export const revokeAccess: Handler<'resident.revokeAccess'> = async ({ guardianshipId }, ctx) => {
  const now = ctx.now();
  const g = await loadGuardianship(ctx, guardianshipId);
  const access = await authorize(ctx, { residentId: g.residentId, permission: 'access.revoke', target: g });
  const repo = new GuardianshipRepository(ctx.db);
  if (g.status === 'pending' || g.status === 'active') {
    await once(ctx, async () => {
      await repo.transition(g._id, ['pending', 'active'], { status: 'revoked', endedAt: now, endedBy: ENDED_BY[access.as] }, now);
      await familyNotices.ended(ctx, g, ENDED_BY[access.as], isIdentityVerified(access.resident) ? access.resident.ownerOpenid : null);
      await withdrawSignedBy(ctx, g);
      return null;
    });
  }
  const fresh = (await repo.find(g._id))!;
  return access.as === 'guardian' && fresh.guardianOpenid === ctx.openid
    ? guardianView(fresh, access.resident, now)
    : toGuardianship(fresh, access.resident.birthDate, now, true);
};
