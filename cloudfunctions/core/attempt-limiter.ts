import { collectionOf } from './collections';
import type { Database } from './cloudbase';
import { AppError, isDbError } from './errors';

const ATTEMPTS = 'attempts';

/**
 * Counts a caller's failed attempts at one purpose in fixed time windows, so that guessing (for
 * instance trying ID numbers until one matches a profile) is slowed to a handful per window.
 */
export class AttemptLimiter {
  constructor(
    private readonly db: Database,
    private readonly purpose: string,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  private key(openid: string, now: Date): string {
    return `${this.purpose}:${openid}:${Math.floor(now.getTime() / this.windowMs)}`;
  }

  /** Refuses with TOO_MANY_ATTEMPTS once the caller has used up this window's failures. */
  async assertAllowed(openid: string, now: Date): Promise<void> {
    const { data } = await collectionOf(this.db, ATTEMPTS).doc(this.key(openid, now)).get();
    const count = Number((data[0] as { count?: number } | undefined)?.count ?? 0);
    if (count >= this.limit) {
      const minutes = Math.ceil(this.windowMs / 60_000);
      throw new AppError('TOO_MANY_ATTEMPTS', `核对失败次数过多，请${minutes >= 60 ? `${Math.round(minutes / 60)}小时` : `${minutes}分钟`}后再试`);
    }
  }

  async recordFailure(openid: string, now: Date): Promise<void> {
    const id = this.key(openid, now);
    try {
      await collectionOf(this.db, ATTEMPTS).add({ _id: id, purpose: this.purpose, openid, count: 1, firstAt: now });
    } catch (err) {
      if (!isDbError(err, 'DATABASE_DUPLICATE_WRITE')) throw err;
      await collectionOf(this.db, ATTEMPTS).doc(id).update({ count: this.db.command.inc(1) });
    }
  }
}
