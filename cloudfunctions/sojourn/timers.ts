import type { TimerHandler } from '../core/define-function';
import { notify } from '../core/notices/notify';
import { StayRepository } from '../core/sojourn/stay-repository';
import { overNotice } from '../core/sojourn/stay-notices';

const BATCH = 100;

/**
 * Just after midnight: ends each stay whose departure day is over (the sojourn team's access ended
 * with that day) and tells the resident the handback summary is ready. Safe to run twice: each
 * change is a transaction that checks the stay is still due.
 */
export const endStays: TimerHandler = async (ctx, firedAt) => {
  const repo = new StayRepository(ctx.db);
  let ended = 0;
  for (;;) {
    const batch = await repo.overBefore(firedAt, BATCH);
    let changed = 0;
    for (const stay of batch) {
      const done = await repo.expire(stay._id, firedAt);
      if (!done) continue;
      changed += 1;
      await notify(ctx, overNotice(done));
    }
    ended += changed;
    if (batch.length < BATCH || changed === 0) break;
  }
  ctx.log('stays ended', { ended });
  return { ended };
};
