import crypto from 'node:crypto';
import { collectionOf } from '../collections';
import type { Database } from '../cloudbase';
import { AppError, isDbError } from '../errors';

const COLLECTION = 'identityProofs';
const keyOf = (verifyResult: string) => `face_${crypto.createHash('sha256').update(verifyResult).digest('hex').slice(0, 40)}`;

/**
 * Every 人脸核身 result the product has acted on, kept by a digest of its `verifyResult` (never the
 * token itself): WeChat answers for a result for an hour, so without this one face check could be
 * played again, by its owner or by anyone who copied the token.
 */
export class IdentityProofRepository {
  constructor(private readonly db: Database) {}

  /** Marks the result used; INVALID_INPUT when it was used before (a replay). */
  async spend(verifyResult: string, openid: string, residentId: string, now: Date): Promise<void> {
    const _id = keyOf(verifyResult);
    try {
      await collectionOf(this.db, COLLECTION).add({ _id, openid, residentId, at: now });
    } catch (err) {
      if (!isDbError(err, 'DATABASE_DUPLICATE_WRITE')) throw err;
      throw new AppError('INVALID_INPUT', '这次人脸核身的结果已经用过，请重新核身', 'verifyResult');
    }
  }

  /** Gives a result back when what it was spent on failed, so a refused call leaves nothing behind. */
  async release(verifyResult: string): Promise<void> {
    await collectionOf(this.db, COLLECTION).doc(keyOf(verifyResult)).remove();
  }
}
