import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { once } from '../../core/idempotency';
import { ResidentRepository } from '../../core/residents/resident-repository';
import { IdentityProofRepository } from '../../core/residents/identity-proof-repository';
import { bindIdentity, checkFaceResult } from '../../core/residents/identity';
import { revealIdNumber } from '../../core/residents/id-protection';
import { toProfile } from '../../core/residents/views';
import { SCOPES } from '../../../shared/policy/scopes';

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
  const proofs = new IdentityProofRepository(ctx.db);
  const outcome = await once(ctx, async () => {
    await proofs.spend(verifyResult, ctx.openid, own._id, now);
    try {
      return await bindIdentity(ctx, own, { openid: ctx.openid, method: 'face', at: now, by: null });
    } catch (err) {
      await proofs.release(verifyResult);
      throw err;
    }
  }, {
    replay: async () => {
      if ((await residents.find(own._id))?.ownerOpenid !== ctx.openid) throw new AppError('FORBIDDEN', '这份档案已不归您所有');
    },
  });
  const doc = (await residents.find(own._id))!;
  return { outcome, profile: toProfile(doc, { as: 'self', scopes: [...SCOPES] }, now) };
};
