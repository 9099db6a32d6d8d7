import { collectionOf } from './collections';
import crypto from 'node:crypto';
import type { Ctx } from './context';
import { AppError, isDbError } from './errors';
import { keyedDigest } from './residents/id-protection';

const REQUESTS = 'requests';

/** JSON with object keys in a fixed order, so equal inputs always give the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * The stored fingerprint of an action and its input. Keyed, because inputs can hold an ID number and a
 * plain hash of a few guessable fields could be reversed by trying them all.
 */
export function inputFingerprint(scope: string, input: unknown): string {
  return keyedDigest('request-input', `${scope}\n${canonical(input)}`);
}

export interface OnceOptions<T> {
  /**
   * Before a stored result is handed out again: throws unless the caller may still see it. Actions
   * that authorise the caller before calling `once` need none; those that authorise inside must.
   */
  replay?: (result: T) => Promise<void>;
}

/**
 * Runs a write at most once per caller and requestId: a retry of the same request gets the first
 * result and writes nothing new. The action's input (`ctx.input`) is fingerprinted with it: a
 * requestId already used with another input is CONFLICT. Without a requestId the write simply runs.
 */
export async function once<T>(ctx: Ctx, run: () => Promise<T>, options?: OnceOptions<T>): Promise<T>;
/** The same under a scope of its own, for a write that is not the whole action. */
export async function once<T>(ctx: Ctx, scope: string, run: () => Promise<T>, options?: OnceOptions<T>): Promise<T>;
export async function once<T>(
  ctx: Ctx,
  scopeOrRun: string | (() => Promise<T>),
  runOrOptions?: (() => Promise<T>) | OnceOptions<T>,
  maybeOptions?: OnceOptions<T>,
): Promise<T> {
  const [scope, run, options] =
    typeof scopeOrRun === 'string'
      ? [scopeOrRun, runOrOptions as () => Promise<T>, maybeOptions]
      : [ctx.action, scopeOrRun, runOrOptions as OnceOptions<T> | undefined];
  if (!ctx.requestId) return run();
  const id = crypto.createHash('sha256').update(`${scope}\n${ctx.openid}\n${ctx.requestId}`).digest('hex').slice(0, 40);
  const inputHash = inputFingerprint(scope, ctx.input);
  const requests = collectionOf(ctx.db, REQUESTS);
  try {
    await requests.add({ _id: id, scope, openid: ctx.openid, inputHash, status: 'running', createdAt: ctx.now() });
  } catch (err) {
    if (!isDbError(err, 'DATABASE_DUPLICATE_WRITE')) throw err;
    const { data } = await requests.doc(id).get();
    const previous = data[0] as { status: string; inputHash?: string; result?: T } | undefined;
    if (previous && previous.inputHash !== inputHash) {
      throw new AppError('CONFLICT', '这个请求编号已用于另一次提交，请刷新页面后重新提交');
    }
    if (previous?.status === 'done') {
      if (options?.replay) await options.replay(previous.result as T);
      return previous.result as T;
    }
    throw new AppError('CONFLICT', '该请求正在处理中，请稍候');
  }
  try {
    const result = await run();
    await requests.doc(id).update({ status: 'done', result: result ?? null, doneAt: ctx.now() });
    return result;
  } catch (err) {
    // A failed attempt leaves no trace, so the same request may be tried again.
    await requests.doc(id).remove();
    throw err;
  }
}
