import { collectionOf } from './collections';
import crypto from 'node:crypto';
import type { Ctx } from './context';
import { AppError, isDbError } from './errors';

const REQUESTS = 'requests';

/**
 * Runs a write at most once per caller and requestId: a retry of the same request gets the first
 * result and writes nothing new. Without a requestId the write simply runs.
 */
export async function once<T>(ctx: Ctx, run: () => Promise<T>): Promise<T>;
/** The same under a scope of its own, for a write that is not the whole action. */
export async function once<T>(ctx: Ctx, scope: string, run: () => Promise<T>): Promise<T>;
export async function once<T>(ctx: Ctx, scopeOrRun: string | (() => Promise<T>), maybeRun?: () => Promise<T>): Promise<T> {
  const [scope, run] = typeof scopeOrRun === 'string' ? [scopeOrRun, maybeRun!] : [ctx.action, scopeOrRun];
  if (!ctx.requestId) return run();
  const id = crypto.createHash('sha256').update(`${scope}\n${ctx.openid}\n${ctx.requestId}`).digest('hex').slice(0, 40);
  const requests = collectionOf(ctx.db, REQUESTS);
  try {
    await requests.add({ _id: id, scope, openid: ctx.openid, status: 'running', createdAt: ctx.now() });
  } catch (err) {
    if (!isDbError(err, 'DATABASE_DUPLICATE_WRITE')) throw err;
    const { data } = await requests.doc(id).get();
    const previous = data[0] as { status: string; result?: T } | undefined;
    if (previous?.status === 'done') return previous.result as T;
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
