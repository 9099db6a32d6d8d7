import type { Ctx } from '../context';
import { AppError } from '../errors';
import { once } from '../idempotency';
import { IdentityProofRepository } from './identity-proof-repository';
import { bindIdentity } from './identity';
import { ResidentRepository, type ResidentDoc } from './resident-repository';
import { toProfile } from './views';
import { SCOPES } from '../../../shared/policy/scopes';

/**
 * The step after a passed 人脸核身 (checked by `checkFaceResult`): spends the caller's face check on
 * `resident` and makes her its verified owner, once per request; the check is given back when the
 * binding fails, so a refused call leaves it unused. A retry gets the first outcome only while the
 * record is still hers. Answers with the outcome and the record as its owner now sees it.
 */
export async function bindByFace(ctx: Ctx, resident: ResidentDoc, verifyResult: string, now: Date) {
  const residents = new ResidentRepository(ctx.db);
  const proofs = new IdentityProofRepository(ctx.db);
  const outcome = await once(ctx, async () => {
    await proofs.spend(verifyResult, ctx.openid, resident._id, now);
    try {
      return await bindIdentity(ctx, resident, { openid: ctx.openid, method: 'face', at: now, by: null });
    } catch (err) {
      await proofs.release(verifyResult);
      throw err;
    }
  }, {
    replay: async () => {
      if ((await residents.find(resident._id))?.ownerOpenid !== ctx.openid) throw new AppError('FORBIDDEN', '这份档案已不归您所有');
    },
  });
  const doc = (await residents.find(resident._id))!;
  return { outcome, profile: toProfile(doc, { as: 'self', scopes: [...SCOPES] }, now) };
}
