import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { once } from '../../core/idempotency';
import { ResidentRepository } from '../../core/residents/resident-repository';
import { IdentityProofRepository } from '../../core/residents/identity-proof-repository';
import { bindIdentity, checkFaceResult } from '../../core/residents/identity';
import { toProfile } from '../../core/residents/views';
import { SCOPES } from '../../../shared/policy/scopes';

/**
 * A person whose ID number is already registered (by a relative, or by someone who typed her number)
 * proves by 人脸核身 that she is that person and takes the record over; the earlier holder loses it.
 * The face check comes before any look-up, so without a passed check of one's own face this answers
 * nothing about whether a number is registered.
 */
export const claimProfile: Handler<'resident.claimProfile'> = async ({ name, idNumber, verifyResult }, ctx) => {
  const now = ctx.now();
  await checkFaceResult(ctx, verifyResult, { name, idNumber });
  const residents = new ResidentRepository(ctx.db);
  const record = await residents.findByIdNumber(idNumber);
  if (!record) throw new AppError('NOT_FOUND', '这个身份证号还没有健康档案，可以直接为自己建档', 'idNumber');
  if (record.ownerOpenid !== ctx.openid && (await residents.findOwnedBy(ctx.openid))) {
    throw new AppError('CONFLICT', '这个微信账号已经有自己的健康档案（另一个身份证号），不能再认领', 'idNumber');
  }
  const proofs = new IdentityProofRepository(ctx.db);
  const outcome = await once(ctx, async () => {
    await proofs.spend(verifyResult, ctx.openid, record._id, now);
    try {
      return await bindIdentity(ctx, record, { openid: ctx.openid, method: 'face', at: now, by: null });
    } catch (err) {
      await proofs.release(verifyResult);
      throw err;
    }
  }, {
    replay: async () => {
      if ((await residents.find(record._id))?.ownerOpenid !== ctx.openid) throw new AppError('FORBIDDEN', '这份档案已不归您所有');
    },
  });
  const doc = (await residents.find(record._id))!;
  return { outcome, profile: toProfile(doc, { as: 'self', scopes: [...SCOPES] }, now) };
};
