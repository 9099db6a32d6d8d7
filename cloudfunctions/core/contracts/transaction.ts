import { collectionOf } from '../collections';
import type { Database } from '../cloudbase';
import type { CollectionName } from '../indexes';
import { AppError, isDbError } from '../errors';

/** The part of the SDK's transaction handle used here: document reads and writes by `_id`. */
export interface Tx {
  collection(name: string): {
    add(doc: object): Promise<unknown>;
    doc(id: string): {
      get(): Promise<{ data: unknown }>;
      set(doc: object): Promise<unknown>;
      update(changes: object): Promise<unknown>;
      remove(): Promise<unknown>;
    };
  };
}

const ATTEMPTS = 12;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` in a database transaction, trying again with a fresh one while it loses write conflicts
 * to concurrent transactions (the SDK's own three tries are soon used up when many people act on
 * the same resident at once). Each try re-reads, so a retry sees what the winner wrote and decides
 * again. Errors other than conflicts, AppError included, end it at once.
 */
export async function inTransaction<T>(db: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return (await db.runTransaction((tx: Tx) => work(tx))) as T;
    } catch (err) {
      if (!isDbError(err, 'DATABASE_TRANSACTION_CONFLICT')) throw err;
      if (attempt >= ATTEMPTS) throw new AppError('CONFLICT', '办理的人较多，请稍后重试');
      // Spread the retries so the losers do not collide again in step.
      await pause(5 + Math.random() * 20 * attempt);
    }
  }
}

/** A document read inside a transaction: `data` is the document itself there, or null. */
export async function txGet<T>(tx: Tx, collection: CollectionName, id: string): Promise<T | null> {
  const { data } = await collectionOf(tx, collection).doc(id).get();
  if (Array.isArray(data)) return (data[0] as T | undefined) ?? null;
  return (data as T | null) ?? null;
}
