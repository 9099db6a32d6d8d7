import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { once } from '../../core/idempotency';
import { AccountRepository } from '../../core/accounts/account-repository';
import { AuditLog } from '../../core/audit/audit-log';
import { auditEntry, decideFor } from '../../core/policy/authorize';
import { GuardianshipRepository } from '../../core/guardianships/guardianship-repository';
import { isIdentityVerified, ResidentRepository } from '../../core/residents/resident-repository';
import { guardianView } from '../../core/residents/views';
import { sortScopes } from '../../../shared/policy/scopes';
import { idLookupLimiter } from '../../core/residents/id-lookup-limit';
import { familyNotices } from '../../core/guardianships/family-notices';

/**
 * Asks to act for a relative whose profile exists, found by name and ID number together. A relative
 * with an account answers in the mini-program; for one without, a staff member of their team checks
 * their consent in person. The request appears in the relative's access record. A record whose holder
 * has not verified her identity takes the request too, but she neither hears of it nor may answer it
 * until she does (`access.respond` needs a verified owner).
 */
export const requestAccess: Handler<'resident.requestAccess'> = async (input, ctx) => {
  const now = ctx.now();
  const limiter = idLookupLimiter(ctx.db);
  await limiter.assertAllowed(ctx.openid, now);
  const resident = await new ResidentRepository(ctx.db).findByIdNumber(input.idNumber);
  if (!resident || resident.name !== input.name) {
    await limiter.recordFailure(ctx.openid, now);
    throw new AppError('NOT_FOUND', '没有找到姓名和身份证号码相符的健康档案，请核对，或为对方新建档案', 'idNumber');
  }
  if (resident.ownerOpenid === ctx.openid) throw new AppError('INVALID_INPUT', '这是您本人的档案，无需申请代管', 'idNumber');
  const account = await new AccountRepository(ctx.db).findOrCreate(ctx.openid, now);
  const guardianships = new GuardianshipRepository(ctx.db);

  const id = await once(ctx, async () => {
    const g = await guardianships.open(
      {
        guardianOpenid: ctx.openid,
        residentId: resident._id,
        residentName: resident.name,
        guardianName: account.nickname,
        relation: input.relation,
        consentRoute: resident.ownerOpenid ? 'in_app' : 'in_person',
        requestedScopes: sortScopes(input.scopes),
      },
      now,
    );
    const decision = decideFor(ctx, account, resident, 'access.request', { guardianships: [g], target: g });
    await new AuditLog(ctx.db).record(await auditEntry(ctx, { residentId: resident._id, permission: 'access.request', decision }, account, g));
    // Meant for the person named by the number: an account that has not proved it is her hears nothing;
    // the request waits and is announced when she verifies or claims the record.
    await familyNotices.requested(ctx, g, isIdentityVerified(resident) ? resident.ownerOpenid : null);
    return g._id;
  });
  const g = await guardianships.find(id);
  if (!g) throw new AppError('NOT_FOUND', '没有找到这条代管记录');
  return guardianView(g, resident, now);
};
