import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { once } from '../../core/idempotency';
import { AccountRepository } from '../../core/accounts/account-repository';
import { AuditLog } from '../../core/audit/audit-log';
import { auditEntry, decideFor } from '../../core/policy/authorize';
import { GuardianshipRepository } from '../../core/guardianships/guardianship-repository';
import { ResidentRepository } from '../../core/residents/resident-repository';
import { checkDatedFacts, checkGrid, checkPregnancyApplies } from '../../core/residents/profile-checks';
import { idLookupLimiter } from '../../core/residents/id-lookup-limit';
import { guardianView, toProfile } from '../../core/residents/views';
import { ageOn } from '../../../shared/resident/age';
import { AGE_OF_CONSENT } from '../../../shared/policy/consent';
import { SCOPES, sortScopes } from '../../../shared/policy/scopes';

/**
 * Creates a profile for the caller, or for a relative without WeChat. A relative's profile starts with
 * a pending guardianship: the caller may act for them only after a staff member of their team has
 * checked their consent in person (or, for a child under 14, the caller's guardianship).
 */
export const createProfile: Handler<'resident.createProfile'> = async (input, ctx) => {
  const now = ctx.now();
  checkDatedFacts(input, now);
  checkPregnancyApplies(input, input.pregnancy, now);
  const forSelf = input.subject === 'self';
  if (forSelf && ageOn(input.birthDate, now) < AGE_OF_CONSENT) {
    throw new AppError('NOT_ELIGIBLE', '未满14周岁的儿童，请由父母或其他监护人为其建档', 'subject');
  }
  if (!forSelf && !input.gridId) {
    throw new AppError('INVALID_INPUT', '请选择对方居住的社区网格，由该社区的家庭医生团队当面核实授权', 'gridId');
  }
  await checkGrid(ctx, input.gridId);
  // "This number already has a profile" tells whether a number is registered: limited like any look-up.
  const limiter = idLookupLimiter(ctx.db);
  await limiter.assertAllowed(ctx.openid, now);
  const account = await new AccountRepository(ctx.db).findOrCreate(ctx.openid, now);
  const residents = new ResidentRepository(ctx.db);
  const guardianships = new GuardianshipRepository(ctx.db);

  let ids: { residentId: string; guardianshipId: string | null };
  try {
    ids = await once(ctx, async () => {
      const { subject: _subject, relation, scopes, ...fields } = input;
      // A record claimed from someone else keeps its id, so the account's own id says nothing: look it up.
      if (forSelf && (await residents.findOwnedBy(ctx.openid))) throw new AppError('CONFLICT', '您已经建立了自己的健康档案', 'subject');
      const resident = await residents.create({ ...fields, ownerOpenid: forSelf ? ctx.openid : null, createdBy: ctx.openid }, now);
      if (forSelf) return { residentId: resident._id, guardianshipId: null };
      try {
        const g = await guardianships.open(
          {
            guardianOpenid: ctx.openid,
            residentId: resident._id,
            residentName: resident.name,
            guardianName: account.nickname,
            relation: relation!,
            consentRoute: 'in_person',
            requestedScopes: sortScopes(scopes ?? SCOPES),
          },
          now,
        );
        const decision = decideFor(ctx, account, resident, 'profile.create', { guardianships: [g], target: g });
        await new AuditLog(ctx.db).record(await auditEntry(ctx, { residentId: resident._id, permission: 'profile.create', decision }, account, g));
        return { residentId: resident._id, guardianshipId: g._id };
      } catch (err) {
        await residents.remove(resident._id);
        throw err;
      }
    }, {
      // A replay hands the profile out again only to someone who still holds it.
      replay: async (first) => {
        const held = await residents.find(first.residentId);
        if (!first.guardianshipId && held?.ownerOpenid !== ctx.openid) throw new AppError('FORBIDDEN', '这份档案已不归您所有');
      },
    });
  } catch (err) {
    if (err instanceof AppError && err.code === 'CONFLICT' && err.field === 'idNumber') await limiter.recordFailure(ctx.openid, now);
    throw err;
  }

  const resident = await residents.find(ids.residentId);
  if (!resident) throw new AppError('NOT_FOUND', '没有找到该居民的档案');
  if (!ids.guardianshipId) return { profile: toProfile(resident, { as: 'self', scopes: [...SCOPES] }, now), guardianship: null };
  const g = await guardianships.find(ids.guardianshipId);
  return { profile: null, guardianship: g ? guardianView(g, resident, now) : null };
};
