import type { Database } from './cloudbase';

/** What a handler may use: the caller, the database, the clock. Handlers never see raw events. */
export interface Ctx {
  openid: string;
  /** The action being run (`contract.apply`): what the access record and the idempotency key name. */
  action: string;
  requestId: string | null;
  /** The action's validated input: what an idempotent replay must match. */
  input: unknown;
  db: Database;
  now(): Date;
  log(message: string, extra?: Record<string, unknown>): void;
}

/** Context of a timer run: no caller. */
export type SystemCtx = Omit<Ctx, 'openid' | 'requestId' | 'action' | 'input'>;

export function logger(fn: string) {
  return (message: string, extra?: Record<string, unknown>) =>
    console.log(JSON.stringify({ fn, message, ...extra }));
}
