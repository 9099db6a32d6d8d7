import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { once } from '../../core/idempotency';
import { authorize } from '../../core/policy/authorize';
import { consentGiven, GuardianshipRepository } from '../../core/guardianships/guardianship-repository';
import { checkScopesWithin, loadGuardianship } from '../../core/guardianships/guardianship-checks';
import { toGuardianship } from '../../core/residents/views';
import { familyNotices } from '../../core/guardianships/family-notices';

/** The resident accepts a request, choosing which of the asked scopes to grant, or declines it. */
export const respondToRequest: Handler<'resident.respondToRequest'> = async ({ guardianshipId, accept, scopes }, ctx) => {
  const now = ctx.now();
  const g = await loadGuardianship(ctx, guardianshipId);
  const { resident } = await authorize(ctx, { residentId: g.residentId, permission: 'access.respond', target: g });
  if (g.status !== 'pending') throw new AppError('CONFLICT', '这条代管申请已经处理过了');
  if (accept) checkScopesWithin(g.requestedScopes, scopes!);
  const repo = new GuardianshipRepository(ctx.db);
  await once(ctx, async () => {
    await repo.transition(
      g._id,
      ['pending'],
      accept
        ? { status: 'active', residentConsent: consentGiven(scopes!, now, 'in_app', null) }
        : { status: 'declined', endedAt: now, endedBy: 'resident' },
      now,
    );
    await familyNotices.answered(ctx, g, accept ? scopes! : null);
    return null;
  });
  return toGuardianship((await repo.find(g._id))!, resident.birthDate, now, true);
};
