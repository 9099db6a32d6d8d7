import type { Handler } from '../../core/define-function';
import { authorize } from '../../core/policy/authorize';
import { toProfile } from '../../core/residents/views';

/** A resident's profile, for the resident, a guardian with `view` or staff of their team. */
export const getProfile: Handler<'resident.getProfile'> = async ({ residentId }, ctx) => {
  const access = await authorize(ctx, { residentId, permission: 'profile.read' });
  return toProfile(access.resident, { as: access.as, scopes: access.scopes }, ctx.now());
};
