import { CronExpressionParser } from 'cron-parser';
import type { FunctionHost } from './function-host';
import type { TimerTrigger } from './function-config';

/** CloudBase timer triggers run in China Standard Time. */
const TRIGGER_TZ = 'Asia/Shanghai';

/**
 * Converts CloudBase's seven-field cron (with a trailing year) to the six-field form cron-parser reads.
 * Only `*` is supported for the year, which is what CloudBase's examples and this project use.
 */
export function toSixFieldCron(expr: string): string {
  const fields = expr.trim().split(/\s+/);
  if (fields.length === 7) {
    if (fields[6] !== '*') throw new Error(`unsupported year field in cron "${expr}"`);
    return fields.slice(0, 6).join(' ');
  }
  if (fields.length === 6) return fields.join(' ');
  throw new Error(`cron "${expr}" must have 6 or 7 fields`);
}

export function nextFireTime(expr: string, after: Date): Date {
  return CronExpressionParser.parse(toSixFieldCron(expr), { tz: TRIGGER_TZ, currentDate: after }).next().toDate();
}

export function timerEvent(trigger: TimerTrigger, at: Date): Record<string, unknown> {
  return { Type: 'Timer', TriggerName: trigger.name, Time: at.toISOString(), Message: '' };
}

/** Fires every timer trigger of every hosted function on its schedule until stopped. */
export class TimerScheduler {
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopped = false;

  constructor(
    private readonly host: FunctionHost,
    private readonly log: (line: string) => void,
  ) {}

  start(): void {
    for (const fn of this.host.functions()) {
      for (const trigger of fn.triggers) this.schedule(fn.name, trigger);
    }
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  private schedule(fnName: string, trigger: TimerTrigger): void {
    if (this.stopped) return;
    const at = nextFireTime(trigger.config, new Date());
    // setTimeout holds at most ~24.8 days; re-plan on wake-up for anything later.
    const delay = Math.min(at.getTime() - Date.now(), 2 ** 31 - 1);
    const handle = setTimeout(() => {
      this.timers.delete(handle);
      if (Date.now() + 5 >= at.getTime()) {
        this.host
          .invoke(fnName, timerEvent(trigger, at), { openid: null, timer: true })
          .catch((err: Error) => this.log(`timer ${fnName}.${trigger.name} failed: ${err.message}`));
      }
      this.schedule(fnName, trigger);
    }, Math.max(0, delay));
    handle.unref();
    this.timers.add(handle);
  }
}
