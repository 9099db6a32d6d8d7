import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { once } from '../../core/idempotency';
import { authorize } from '../../core/policy/authorize';
import { ResidentRepository } from '../../core/residents/resident-repository';
import { checkDatedFacts, checkGrid } from '../../core/residents/profile-checks';
import { profileReply } from '../../core/residents/views';

/**
 * Changes the facts of a profile that change over time (contact, grid, health). Name, gender, birth
 * date and ID number come from the ID card and are not changed here.
 */
export const updateProfile: Handler<'resident.updateProfile'> = async ({ residentId, ...changes }, ctx) => {
  const now = ctx.now();
  const access = await authorize(ctx, { residentId, permission: 'profile.update' });
  checkDatedFacts(changes, now);
  if (changes.pregnancy && access.resident.gender !== 'female') {
    throw new AppError('INVALID_INPUT', '只有女性可以登记孕产情况', 'pregnancy');
  }
  await checkGrid(ctx, changes.gridId);
  const residents = new ResidentRepository(ctx.db);
  await once(ctx, async () => {
    await residents.update(residentId, changes, now);
    return null;
  });
  const fresh = await residents.find(residentId);
  return profileReply(fresh ?? access.resident, { as: access.as, scopes: access.scopes }, now);
};
