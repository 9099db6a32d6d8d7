import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { ResidentRepository } from '../../core/residents/resident-repository';
import { bindByFace } from '../../core/residents/face-binding';
import { checkFaceResult } from '../../core/residents/identity';

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
  return bindByFace(ctx, record, verifyResult, now);
};
