import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { once } from '../../core/idempotency';
import { authorize } from '../../core/policy/authorize';
import { consentGiven, GuardianshipRepository } from '../../core/guardianships/guardianship-repository';
import { checkScopesWithin, loadGuardianship } from '../../core/guardianships/guardianship-checks';
import { guardianView, toGuardianship } from '../../core/residents/views';

/**
 * Gives consent again for another 12 months, possibly for other scopes: by the resident in the app,
 * or by the legal guardian of a minor for their own consent. Consent of a resident without WeChat is
 * renewed in person (`resident.verifyConsent`).
 */
export const renewConsent: Handler<'resident.renewConsent'> = async ({ guardianshipId, scopes }, ctx) => {
  const now = ctx.now();
  const g = await loadGuardianship(ctx, guardianshipId);
  const access = await authorize(ctx, { residentId: g.residentId, permission: 'access.renew', target: g });
  if (g.status !== 'active') throw new AppError('CONFLICT', '只有已生效的代管授权可以续期');
  checkScopesWithin(g.requestedScopes, scopes);
  const repo = new GuardianshipRepository(ctx.db);
  const consent = consentGiven(scopes, now, 'in_app', null);
  await once(ctx, async () => {
    await repo.transition(g._id, ['active'], access.as === 'self' ? { residentConsent: consent } : { guardianConsent: consent }, now);
    return null;
  });
  const fresh = (await repo.find(g._id))!;
  return access.as === 'guardian' ? guardianView(fresh, access.resident, now) : toGuardianship(fresh, access.resident.birthDate, now, true);
};
