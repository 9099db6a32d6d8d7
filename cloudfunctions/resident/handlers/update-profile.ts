import type { Handler } from '../../core/define-function';
import { once } from '../../core/idempotency';
import { authorize } from '../../core/policy/authorize';
import { ResidentRepository } from '../../core/residents/resident-repository';
import { checkDatedFacts, checkGrid, checkPregnancyApplies } from '../../core/residents/profile-checks';
import { profileReply } from '../../core/residents/views';

/**
 * Changes the facts of a profile that change over time (contact, grid, health). Name, gender, birth
 * date and ID number come from the ID card and are not changed here.
 */
export const updateProfile: Handler<'resident.updateProfile'> = async ({ residentId, ...changes }, ctx) => {
  const now = ctx.now();
  const access = await authorize(ctx, { residentId, permission: 'profile.update' });
  checkDatedFacts(changes, now);
  checkPregnancyApplies(access.resident, changes.pregnancy, now);
  await checkGrid(ctx, changes.gridId);
  const residents = new ResidentRepository(ctx.db);
  await once(ctx, async () => {
    await residents.update(residentId, changes, now);
    return null;
  });
  const fresh = await residents.find(residentId);
  return profileReply(fresh ?? access.resident, { as: access.as, scopes: access.scopes }, now);
};
