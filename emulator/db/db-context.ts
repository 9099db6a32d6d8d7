import { DirectAccess, type DocAccess } from './doc-access';
import { collectionNotExist } from './errors';
import { transactionIdField, type Body } from './request-fields';
import type { SqliteStore } from './sqlite-store';
import type { TransactionManager } from './transactions';
import { TxAccess } from './tx-access';

/** What every action handler works with. */
export interface DbContext {
  store: SqliteStore;
  transactions: TransactionManager;
  now: () => number;
}

/** A response body without its requestId, which the dispatcher adds. */
export type Reply = Record<string, unknown>;

export function requireCollection(ctx: DbContext, name: string): void {
  if (!ctx.store.hasCollection(name)) throw collectionNotExist(name);
}

/**
 * Runs one request against its data view: the named transaction, or the committed store. Outside a
 * transaction a writing request is one SQLite transaction, so a batch insert or a multi update lands
 * entirely or not at all.
 */
export function withAccess<T>(ctx: DbContext, body: Body, writes: boolean, fn: (access: DocAccess) => T): T {
  const txId = transactionIdField(body);
  if (txId !== undefined) {
    const access = new TxAccess(ctx.store, ctx.transactions, ctx.transactions.get(txId));
    return access.run(() => fn(access));
  }
  // Ending abandoned transactions here too lets the snapshot history stop growing under plain writes.
  ctx.transactions.sweep();
  const direct = new DirectAccess(ctx.store);
  return writes ? ctx.store.atomic(() => fn(direct)) : fn(direct);
}
