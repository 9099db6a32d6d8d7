import { z } from 'zod';
import { ACTIONS, type ActionName, type ActionOutput, type ApiResult } from '../../shared/api';
import { zodErrorToApiError } from '../../shared/api/validation';
import { AppError } from './errors';
import { callerOpenid, database } from './cloudbase';
import { logger, type Ctx, type SystemCtx } from './context';
import { isServerCall } from './internal-call';
import { isTimerInvocation, looksLikeTimerEvent, parseTimerEvent, timerTable } from './timer-run';
import { takeWrite } from './write-limit-repository';

type ActionsOf<F extends string> = Extract<ActionName, `${F}.${string}`>;
type ShortName<N extends string, F extends string> = N extends `${F}.${infer A}` ? A : never;

export type Handler<N extends ActionName> = (
  input: z.output<(typeof ACTIONS)[N]['input']>,
  ctx: Ctx,
) => Promise<ActionOutput<N>>;

export type Handlers<F extends string> = { [N in ActionsOf<F> as ShortName<N, F>]: Handler<N> };
export type TimerHandler = (ctx: SystemCtx, firedAt: Date) => Promise<unknown>;
/** Work a function hands to another invocation of itself (`callFunction` from the server side). */
export type InternalHandler = (ctx: SystemCtx, payload: unknown) => Promise<unknown>;

const ZEnvelope = z.object({
  action: z.string().min(1),
  input: z.unknown().optional(),
  requestId: z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/).optional(),
});

const ZInternalEvent = z.object({ Internal: z.string(), Payload: z.unknown().optional() });

const fail = (error: AppError): ApiResult<never> => ({ ok: false, error: error.toApiError() });

/**
 * Builds a deployable function's `main(event, context)`: parses `{ action, input, requestId }`,
 * validates the input against the shared contract, runs the handler with a context, validates the
 * output (which also drops any field the contract does not publish) and answers `{ ok, data | error }`.
 * A timer run is recognised from the invocation context (CloudBase's timer trigger, no caller) and
 * runs the named timer among this function's own; a timer-shaped body from anyone else is refused.
 */
export function defineFunction<F extends string>(
  fn: F,
  handlers: Handlers<F>,
  timers: Record<string, TimerHandler> = {},
  internal: Record<string, InternalHandler> = {},
) {
  const log = logger(fn);
  const table = handlers as unknown as Record<string, Handler<ActionName>>;
  const timer = timerTable(timers);

  async function runTimer(event: unknown): Promise<unknown> {
    try {
      const { trigger, firedAt } = parseTimerEvent(event, new Date());
      const run = timer(trigger);
      if (!run) return fail(new AppError('INVALID_INPUT', '没有这个定时任务'));
      const result = await run({ db: database(), now: () => new Date(), log }, firedAt);
      return { ok: true, data: result ?? null };
    } catch (err) {
      if (err instanceof AppError) return fail(err);
      log('timer failed', { error: err instanceof Error ? err.stack : String(err) });
      return fail(new AppError('INTERNAL'));
    }
  }

  return async function main(event: unknown, context: unknown): Promise<unknown> {
    if (isTimerInvocation(context)) return runTimer(event);
    if (looksLikeTimerEvent(event)) return fail(new AppError('INVALID_INPUT', '不支持的请求'));

    // Work handed over by another invocation (server side, no WeChat caller): a user cannot reach it, and
    // internal handlers still trust nothing in the payload beyond ids of work the function itself recorded.
    const inner = ZInternalEvent.safeParse(event);
    if (inner.success && isServerCall(context)) {
      const run = Object.prototype.hasOwnProperty.call(internal, inner.data.Internal) ? internal[inner.data.Internal] : undefined;
      if (!run) return fail(new AppError('NOT_FOUND', '不支持的内部调用'));
      const result = await run({ db: database(), now: () => new Date(), log }, inner.data.Payload);
      return { ok: true, data: result ?? null };
    }

    const envelope = ZEnvelope.safeParse(event);
    if (!envelope.success) return { ok: false, error: zodErrorToApiError(envelope.error) };
    const { action, input, requestId } = envelope.data;
    const name = `${fn}.${action}` as ActionName;
    const handler = Object.prototype.hasOwnProperty.call(table, action) ? table[action] : undefined;
    const contract = (ACTIONS as Record<string, (typeof ACTIONS)[ActionName]>)[name];
    if (!handler || !contract) return fail(new AppError('INVALID_INPUT', `不支持的操作：${action}`, 'action'));

    const parsed = contract.input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: zodErrorToApiError(parsed.error) };

    const openid = callerOpenid(context);
    if (!openid) return fail(new AppError('UNAUTHENTICATED'));

    const ctx: Ctx = { openid, action: name, requestId: requestId ?? null, input: parsed.data, db: database(), now: () => new Date(), log };
    try {
      await takeWrite(ctx.db, openid, name, ctx.now());
      const data = await handler(parsed.data as never, ctx);
      const output = contract.output.safeParse(data);
      if (!output.success) {
        log('output does not match the contract', { action, issues: output.error.issues.slice(0, 3) });
        return fail(new AppError('INTERNAL'));
      }
      return { ok: true, data: output.data };
    } catch (err) {
      if (err instanceof AppError) return fail(err);
      log('unhandled error', { action, error: err instanceof Error ? err.stack : String(err) });
      return fail(new AppError('INTERNAL'));
    }
  };
}
