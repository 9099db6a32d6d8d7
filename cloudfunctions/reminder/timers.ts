import type { TimerHandler } from '../core/define-function';
import type { SystemCtx } from '../core/context';
import { cloudbase } from '../core/cloudbase';
import { addCounts, emptyCounts, runDuePlans, type TickCounts } from '../core/reminders/deliver';
import { sendMissedDoseAlerts } from '../core/reminders/missed-alerts';
import { PlanRepository } from '../core/reminders/plan-repository';
import { ShardRepository } from '../core/reminders/shard-repository';

/** Occurrences one invocation handles; a busier minute (08:00 province-wide) is split into shares of this size. */
export function shardSize(): number {
  const configured = Number(process.env.YL_REMINDER_SHARD_SIZE);
  return Number.isInteger(configured) && configured > 0 ? configured : 2000;
}

const PAGE = 1000;
/** A share may use the reminder function's whole time limit (config.json: 60 s). */
const SHARD_TIMEOUT_MS = 60_000;

/** Runs one share in its own invocation of this function; null when the call failed (the tick then does it). */
async function invokeShard(ctx: SystemCtx, shardId: string): Promise<TickCounts | null> {
  try {
    // The SDK gives up on a call after 15 s by default; a share may take up to the function's own limit.
    const reply = (await cloudbase().callFunction({ name: 'reminder', data: { Internal: 'runShard', Payload: { shardId } } }, { timeout: SHARD_TIMEOUT_MS })) as {
      result?: { ok?: boolean; data?: TickCounts | null };
    };
    return reply.result?.ok && reply.result.data ? reply.result.data : null;
  } catch (err) {
    ctx.log('shard invocation failed', { shardId, error: err instanceof Error ? err.message : String(err) });
    return null;
  }
}

/** Splits the due plans into shares and runs each in a separate invocation, side by side. */
async function fanOut(ctx: SystemCtx, firedAt: Date, size: number): Promise<{ counts: TickCounts; shards: number }> {
  const plans = new PlanRepository(ctx.db);
  const ids: string[] = [];
  for (let skip = 0; ; skip += PAGE) {
    const page = await plans.dueIds(firedAt, skip, PAGE);
    ids.push(...page);
    if (page.length < PAGE) break;
  }
  const repo = new ShardRepository(ctx.db);
  const shards = [];
  for (let i = 0; i < ids.length; i += size) shards.push(await repo.create(firedAt, ids.slice(i, i + size), ctx.now()));
  const results = await Promise.all(shards.map((s) => invokeShard(ctx, s._id)));
  return { counts: results.reduce<TickCounts>((sum, r) => (r ? addCounts(sum, r) : sum), emptyCounts()), shards: shards.length };
}

/**
 * Every minute: sends the medication reminders due by now and alerts families of doses left
 * unconfirmed for an hour. Finds due plans through the `nextDueAt` index, never by reading all plans.
 * A quiet minute is handled here; a busy one is split into shares run by parallel invocations of this
 * function, each claiming its occurrences atomically, and whatever a failed share left due is then
 * done here. Overlapping or retried runs never send an occurrence twice.
 */
export const tick: TimerHandler = async (ctx, firedAt) => {
  const plans = new PlanRepository(ctx.db);
  const size = shardSize();
  let counts = emptyCounts();
  let shards = 0;
  if ((await plans.countDue(firedAt)) > size) ({ counts, shards } = await fanOut(ctx, firedAt, size));
  // A query returns at most 1,000 documents (CloudBase's limit), so the due set is read in pages.
  const page = Math.min(size, PAGE);
  for (;;) {
    const batch = await plans.due(firedAt, page);
    const done = await runDuePlans(ctx, batch, firedAt);
    counts = addCounts(counts, done);
    if (batch.length < page || done.claimed === 0) break;
  }
  const alerts = await sendMissedDoseAlerts(ctx, firedAt);
  ctx.log('reminder tick', { ...counts, shards, alerts });
  return { ...counts, shards, alerts };
};

/** One share of a busy tick (see `tick`), run at most once, for the moment the tick was fired. */
export async function runShard(ctx: SystemCtx, payload: unknown): Promise<TickCounts | null> {
  const shardId = (payload as { shardId?: unknown } | null)?.shardId;
  if (typeof shardId !== 'string' || !/^sh_[0-9a-f]{32}$/.test(shardId)) return null;
  const repo = new ShardRepository(ctx.db);
  const shard = await repo.start(shardId);
  if (!shard) return null;
  const plans = new PlanRepository(ctx.db);
  let counts = emptyCounts();
  for (let i = 0; i < shard.planIds.length; i += PAGE) {
    const batch = await plans.findMany(shard.planIds.slice(i, i + PAGE));
    counts = addCounts(counts, await runDuePlans(ctx, batch, new Date(shard.firedAt)));
  }
  await repo.finish(shard._id, counts);
  return counts;
}
