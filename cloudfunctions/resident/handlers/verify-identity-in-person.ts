import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { once } from '../../core/idempotency';
import { AttemptLimiter } from '../../core/attempt-limiter';
import { authorize } from '../../core/policy/authorize';
import { authorizeTeam } from '../../core/policy/team-access';
import { ResidentRepository } from '../../core/residents/resident-repository';
import { IdentityCodeRepository } from '../../core/residents/identity-code-repository';
import { bindIdentity } from '../../core/residents/identity';

/** Wrong codes a staff member may type per hour: enough for slips, far too few to guess six digits. */
export const CODE_FAILURES_PER_HOUR = 10;

/**
 * A staff member of the resident's team checks a person's ID card face to face and types in the
 * number and the code the person shows from her phone: that account becomes the verified owner of the
 * record of the number (her own, or taken over from whoever held it). Never in a case of one's own.
 */
export const verifyIdentityInPerson: Handler<'resident.verifyIdentityInPerson'> = async ({ code, idNumber }, ctx) => {
  const now = ctx.now();
  // Only team members check identities: anyone else is refused before a code is tried or counted.
  await authorizeTeam(ctx, 'identity.check');
  const limiter = new AttemptLimiter(ctx.db, 'identity-code', CODE_FAILURES_PER_HOUR, 3_600_000);
  await limiter.assertAllowed(ctx.openid, now);
  const codes = new IdentityCodeRepository(ctx.db);
  const holder = await codes.holder(code, now);
  if (!holder) {
    await limiter.recordFailure(ctx.openid, now);
    throw new AppError('INVALID_INPUT', '核验码不正确或已过期，请居民在小程序中重新获取', 'code');
  }
  if (holder === ctx.openid) throw new AppError('FORBIDDEN', '不能为自己核验身份，请由团队其他成员办理');
  const residents = new ResidentRepository(ctx.db);
  const record = await residents.findByIdNumber(idNumber);
  if (!record) throw new AppError('NOT_FOUND', '这个身份证号还没有健康档案，请居民先在小程序中为自己建档', 'idNumber');
  // Loads the team's reach, records this check in the resident's access record, refuses other teams and own cases.
  await authorize(ctx, { residentId: record._id, permission: 'identity.verify' });
  if (record.ownerOpenid !== holder && (await residents.findOwnedBy(holder))) {
    throw new AppError('CONFLICT', '出示核验码的微信账号已经有自己的健康档案（另一个身份证号），请核对身份证', 'idNumber');
  }
  const outcome = await once(ctx, async () => {
    await codes.spend(code, holder);
    return bindIdentity(ctx, record, { openid: holder, method: 'in_person', at: now, by: ctx.openid });
  });
  return { outcome, residentId: record._id, residentName: record.name };
};
