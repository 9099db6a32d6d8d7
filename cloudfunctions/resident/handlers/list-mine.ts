import type { Handler } from '../../core/define-function';
import { GuardianshipRepository } from '../../core/guardianships/guardianship-repository';
import { isIdentityVerified, ResidentRepository } from '../../core/residents/resident-repository';
import { guardianView, toGuardianship, toProfile } from '../../core/residents/views';
import { verifyPlaces } from '../../core/guardianships/verify-places';
import { SCOPES } from '../../../shared/policy/scopes';

/**
 * The caller's family page: their own profile, the people they act for (or asked to) and the people
 * who act for them (or asked to; shown only once the caller has verified her identity), and where to
 * go for a consent checked in person. Only the caller's own relations are read, so nothing is audited.
 */
export const listMine: Handler<'resident.listMine'> = async (_input, ctx) => {
  const now = ctx.now();
  const residents = new ResidentRepository(ctx.db);
  const guardianships = new GuardianshipRepository(ctx.db);
  const [self, asGuardian] = await Promise.all([residents.findOwnedBy(ctx.openid), guardianships.forGuardian(ctx.openid)]);
  const people = new Map((await residents.findMany(asGuardian.map((g) => g.residentId))).map((r) => [r._id, r]));
  const managed = asGuardian.flatMap((g) => {
    const resident = people.get(g.residentId);
    return resident ? [guardianView(g, resident, now)] : [];
  });
  // Who asked for the person of the record is hers to see only once she proved she is that person.
  const guardians = self && isIdentityVerified(self) ? (await guardianships.forResident(self._id)).map((g) => toGuardianship(g, self.birthDate, now, true)) : [];
  const waiting = asGuardian.flatMap((g) => {
    const resident = people.get(g.residentId);
    return resident ? [{ g, resident }] : [];
  });
  const byNewest = <T extends { updatedAt: string }>(a: T, b: T) => b.updatedAt.localeCompare(a.updatedAt);
  return {
    self: self ? toProfile(self, { as: 'self', scopes: [...SCOPES] }, now) : null,
    managed: managed.sort(byNewest),
    guardians: guardians.sort(byNewest),
    verifyAt: await verifyPlaces(ctx, waiting),
  };
};
