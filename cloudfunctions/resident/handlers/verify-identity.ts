import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { ResidentRepository } from '../../core/residents/resident-repository';
import { bindByFace } from '../../core/residents/face-binding';
import { checkFaceResult } from '../../core/residents/identity';
import { revealIdNumber } from '../../core/residents/id-protection';

/**
 * The holder of a self-made profile proves by 人脸核身 that she is its person: the face check must be
 * her own account's, recent, unused, and for the name and ID number of the profile.
 */
export const verifyIdentity: Handler<'resident.verifyIdentity'> = async ({ verifyResult }, ctx) => {
  const now = ctx.now();
  const residents = new ResidentRepository(ctx.db);
  const own = await residents.findOwnedBy(ctx.openid);
  if (!own) throw new AppError('NOT_FOUND', '您还没有建立自己的健康档案，请先建档');
  await checkFaceResult(ctx, verifyResult, { name: own.name, idNumber: revealIdNumber(own._id, own.idCipher) });
  return bindByFace(ctx, own, verifyResult, now);
};
