import crypto from 'node:crypto';
import { collectionOf } from '../collections';
import type { Database } from '../cloudbase';
import { AppError, isDbError } from '../errors';

const COLLECTION = 'identityCodes';
/** A code is good for 30 minutes: long enough to queue at the service station. */
export const IDENTITY_CODE_TTL_MS = 30 * 60_000;

const keyOf = (code: string) => `code_${crypto.createHash('sha256').update(`identity-code\n${code}`).digest('hex').slice(0, 40)}`;

export interface IdentityCode {
  code: string;
  expiresAt: Date;
}

/**
 * One-time codes that bind a WeChat account to the person a staff member sees face to face: the
 * person shows the code from her phone with her ID card, the staff member types both in. Stored by
 * digest; a code is spent by the check that uses it.
 */
export class IdentityCodeRepository {
  constructor(private readonly db: Database) {}

  async issue(openid: string, now: Date): Promise<IdentityCode> {
    await collectionOf(this.db, COLLECTION).where({ openid }).remove();
    const expiresAt = new Date(now.getTime() + IDENTITY_CODE_TTL_MS);
    for (let attempt = 0; attempt < 5; attempt++) {
      const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
      try {
        await collectionOf(this.db, COLLECTION).add({ _id: keyOf(code), openid, expiresAt, createdAt: now });
        return { code, expiresAt };
      } catch (err) {
        if (!isDbError(err, 'DATABASE_DUPLICATE_WRITE')) throw err;
        // Still held by someone (or expired and not yet cleared): clear it if stale and draw again.
        const _ = this.db.command;
        await collectionOf(this.db, COLLECTION).where({ _id: keyOf(code), expiresAt: _.lt(now) }).remove();
      }
    }
    throw new AppError('CONFLICT', '核验码生成失败，请稍后再试');
  }

  /** The account a live code belongs to, or null. */
  async holder(code: string, now: Date): Promise<string | null> {
    const { data } = await collectionOf(this.db, COLLECTION).doc(keyOf(code)).get();
    const doc = data[0] as { openid: string; expiresAt: Date | string } | undefined;
    return doc && new Date(doc.expiresAt).getTime() > now.getTime() ? doc.openid : null;
  }

  /** Spends the code; CONFLICT when someone spent it first. */
  async spend(code: string, openid: string): Promise<void> {
    const { deleted } = await collectionOf(this.db, COLLECTION).where({ _id: keyOf(code), openid }).remove();
    if (deleted !== 1) throw new AppError('CONFLICT', '这个核验码已经用过，请居民重新出示');
  }
}
