import { z } from 'zod';
import { invocationContext } from './cloudbase';
import { AppError } from './errors';

/**
 * The shape of a CloudBase timer event. `Time` is the scheduled fire time; anything that is not an
 * ISO date-time with a zone is refused rather than turned into an Invalid Date.
 */
const ZTimerEvent = z.object({
  Type: z.literal('Timer'),
  TriggerName: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/),
  Time: z.string().datetime({ offset: true }).optional(),
});

/**
 * True when CloudBase itself started this invocation from a timer trigger: the runtime sets
 * `TRIGGER_SRC=timer` (the node SDK relies on the same marker to pick the timer's API token) and a
 * timer run has no WeChat caller. The event body is never consulted: a caller can put anything there.
 */
export function isTimerInvocation(context: unknown): boolean {
  try {
    const env = invocationContext(context);
    return env.TRIGGER_SRC === 'timer' && !env.WX_OPENID;
  } catch {
    return false;
  }
}

/** True when the body looks like a timer event, so a call carrying it can be refused outright. */
export function looksLikeTimerEvent(event: unknown): boolean {
  if (typeof event !== 'object' || event === null) return false;
  const own = (key: string) => Object.prototype.hasOwnProperty.call(event, key);
  return own('TriggerName') || (own('Type') && (event as { Type?: unknown }).Type === 'Timer');
}

export interface TimerRun {
  trigger: string;
  firedAt: Date;
}

/** Reads a genuine timer invocation's event; a malformed one is INVALID_INPUT. */
export function parseTimerEvent(event: unknown, now: Date): TimerRun {
  const parsed = ZTimerEvent.safeParse(event);
  if (!parsed.success) throw new AppError('INVALID_INPUT', '定时任务的触发信息不正确');
  const firedAt = parsed.data.Time ? new Date(parsed.data.Time) : now;
  if (Number.isNaN(firedAt.getTime())) throw new AppError('INVALID_INPUT', '定时任务的触发时间不正确');
  return { trigger: parsed.data.TriggerName, firedAt };
}

/** A lookup table of a function's own timers that no inherited name (`constructor`, `__proto__`) can reach. */
export function timerTable<T>(timers: Record<string, T>): (name: string) => T | undefined {
  const table: Record<string, T> = Object.create(null);
  for (const key of Object.keys(timers)) table[key] = timers[key];
  return (name) => (Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined);
}
