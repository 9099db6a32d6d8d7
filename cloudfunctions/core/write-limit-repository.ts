import { collectionOf } from './collections';
import type { Database } from './cloudbase';
import { AppError, isDbError } from './errors';
import { tooManyWritesMessage, WRITE_LIMITS } from '../../shared/config/write-limits';

const RATE_LIMITS = 'rateLimits';

/** False when the deployment switched the limits off for a trusted batch (`YL_WRITE_LIMITS=off`). */
export function writeLimitsOn(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.YL_WRITE_LIMITS !== 'off';
}

/**
 * Counts one caller's calls of one write action in fixed windows, one document per caller and action
 * (`rateLimits`), and refuses with TOO_MANY_ATTEMPTS, writing nothing, once the window's allowance is
 * spent. Each step is one conditional update, so concurrent calls never pass the limit together.
 */
export async function takeWrite(db: Database, openid: string, action: string, now: Date): Promise<void> {
  const limit = (WRITE_LIMITS as Record<string, { perWindow: number; windowMs: number } | null>)[action];
  if (!limit || !writeLimitsOn()) return;
  const _ = db.command;
  const window = Math.floor(now.getTime() / limit.windowMs);
  const id = `${action}:${openid}`;
  const coll = collectionOf(db, RATE_LIMITS);
  for (let round = 0; round < 2; round += 1) {
    const counted = await coll.where({ _id: id, window, count: _.lt(limit.perWindow) }).update({ count: _.inc(1) });
    if (Number(counted.updated) > 0) return;
    const renewed = await coll.where({ _id: id, window: _.neq(window) }).update({ window, count: 1, at: now });
    if (Number(renewed.updated) > 0) return;
    try {
      await coll.add({ _id: id, openid, action, window, count: 1, at: now });
      return;
    } catch (err) {
      // Someone else made it first: count against theirs in the next round.
      if (!isDbError(err, 'DATABASE_DUPLICATE_WRITE')) throw err;
    }
  }
  throw new AppError('TOO_MANY_ATTEMPTS', tooManyWritesMessage((window + 1) * limit.windowMs - now.getTime()));
}
