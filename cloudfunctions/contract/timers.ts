import type { TimerHandler } from '../core/define-function';
import { ContractRepository } from '../core/contracts/contract-repository';
import { aboutContract, expiredNotice, renewalNotice, renewedNotice } from '../core/contracts/contract-notices';
import { currentAndNext } from '../core/contracts/contract-views';
import { notify } from '../core/notices/notify';
import { addLocalDays, isRenewalOpen, RENEWAL_WINDOW_DAYS } from '../../shared/contract/period';
import { withdrawWhereConsentLapsed } from '../core/contracts/signer-withdrawal';
import { localDay, startOfLocalDay } from '../../shared/resident/age';

const BATCH = 100;

/**
 * Runs `step` over batches of due contracts until none is left or a batch changes nothing (what is
 * left is not due after all, or another run took it).
 */
async function drain<T>(next: () => Promise<T[]>, step: (item: T) => Promise<boolean>): Promise<number> {
  let done = 0;
  for (;;) {
    const batch = await next();
    let changed = 0;
    for (const item of batch) if (await step(item)) changed += 1;
    done += changed;
    if (batch.length < BATCH || changed === 0) return done;
  }
}

/**
 * Just after midnight: closes contracts whose last day is over (expired) and puts renewals whose first
 * day has come into effect; withdraws applications signed by family whose consent has run out. Safe
 * to run twice or side by side: each change is a transaction that first checks the contract is still due.
 */
export const expireContracts: TimerHandler = async (ctx, firedAt) => {
  const repo = new ContractRepository(ctx.db);
  const expired = await drain(
    () => repo.due('active', 'end', firedAt, BATCH),
    async (c) => {
      if (!(await repo.expire(c._id, firedAt))) return false;
      await notify(ctx, aboutContract(c, expiredNotice(c), null));
      return true;
    },
  );
  const started = await drain(
    () => repo.due('scheduled', 'start', new Date(firedAt.getTime() + 1), BATCH),
    async (c) => {
      const active = await repo.activate(c._id, firedAt);
      if (!active) return false;
      await notify(ctx, aboutContract(active, renewedNotice(active), null));
      return true;
    },
  );
  const withdrawn = await withdrawWhereConsentLapsed(ctx, firedAt);
  ctx.log('contracts closed and started', { expired, started, withdrawn });
  return { expired, started, withdrawn };
};

/**
 * In the morning: tells each resident whose contract enters its last 30 days that it can be renewed,
 * once per contract (the contract is marked first, so overlapping runs send it once). A resident who
 * has already renewed is not told.
 */
export const renewalNotices: TimerHandler = async (ctx, firedAt) => {
  const repo = new ContractRepository(ctx.db);
  const horizon = startOfLocalDay(addLocalDays(localDay(firedAt), RENEWAL_WINDOW_DAYS + 1));
  const sent = await drain(
    () => repo.renewalDue(firedAt, horizon, BATCH),
    async (c) => {
      if (!isRenewalOpen(new Date(c.period!.end), firedAt)) return false;
      if (!(await repo.claimRenewalNotice(c._id, firedAt))) return false;
      const { next } = currentAndNext(await repo.forResident(c.residentId), firedAt);
      if (next) return true;
      const { notice, message } = renewalNotice(c);
      await notify(ctx, aboutContract(c, notice, message));
      return true;
    },
  );
  ctx.log('renewal notices sent', { sent });
  return { sent };
};
