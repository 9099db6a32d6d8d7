import crypto from 'node:crypto';
import { decodeStored } from './ejson-codec';
import { DbError } from './errors';
import type { SqliteStore } from './sqlite-store';

/** A document a transaction has touched: the version it first saw (0 = absent). */
interface Seen {
  coll: string;
  key: string;
  version: number;
}

/** The final state the transaction gives a document; `body` null deletes it. */
export interface BufferedWrite {
  coll: string;
  key: string;
  body: string | null;
}

export class Transaction {
  readonly seen = new Map<string, Seen>();
  readonly writes = new Map<string, BufferedWrite>();
  constructor(
    readonly id: string,
    readonly startedAt: number,
  ) {}
}

type Ending = 'committed' | 'aborted' | 'conflict' | 'expired';

export const ref = (coll: string, key: string): string => `${coll}\u0000${key}`;

const REMEMBERED_ENDINGS = 10_000;

/**
 * Optimistic transactions over the committed store. Writes are buffered and applied in one SQLite
 * transaction at commit; a document written by a live transaction is locked against other
 * transactions. Any conflict ends the loser at once, because the SDK retries with a new transaction
 * and never aborts the old one; abandoned transactions end after the TTL.
 */
export class TransactionManager {
  private readonly live = new Map<string, Transaction>();
  private readonly locks = new Map<string, string>();
  private readonly ended = new Map<string, Ending>();

  constructor(
    private readonly store: SqliteStore,
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {}

  start(): string {
    this.sweep();
    const id = crypto.randomBytes(16).toString('hex');
    this.live.set(id, new Transaction(id, this.now()));
    return id;
  }

  /** Ends transactions older than the TTL, releasing their locks. */
  sweep(): void {
    const now = this.now();
    for (const tx of this.live.values()) if (now - tx.startedAt > this.ttlMs) this.end(tx, 'expired');
  }

  /** The live transaction, or the error that explains why it is not live. */
  get(id: unknown): Transaction {
    this.sweep();
    const tx = typeof id === 'string' ? this.live.get(id) : undefined;
    if (tx) return tx;
    const ending = typeof id === 'string' ? this.ended.get(id) : undefined;
    if (ending === 'conflict') throw new DbError('DATABASE_TRANSACTION_CONFLICT', 'transaction was ended by a write conflict; start a new one');
    if (ending) throw new DbError('DATABASE_TRANSACTION_FAIL', `transaction is ${ending === 'expired' ? 'expired' : `already ${ending}`}`);
    throw new DbError('DATABASE_TRANSACTION_FAIL', 'transaction not found');
  }

  /** Ends the transaction and answers with a conflict. */
  conflict(tx: Transaction, why: string): DbError {
    this.end(tx, 'conflict');
    return new DbError('DATABASE_TRANSACTION_CONFLICT', why);
  }

  /** Another live transaction holding a write lock on the document, if any. */
  lockHolder(coll: string, key: string, tx: Transaction): string | undefined {
    const holder = this.locks.get(ref(coll, key));
    return holder !== undefined && holder !== tx.id ? holder : undefined;
  }

  lock(coll: string, key: string, tx: Transaction): void {
    this.locks.set(ref(coll, key), tx.id);
  }

  unlock(docRef: string, tx: Transaction): void {
    if (this.locks.get(docRef) === tx.id) this.locks.delete(docRef);
  }

  commit(id: unknown): void {
    const tx = this.get(id);
    for (const s of tx.seen.values()) {
      if (this.store.version(s.coll, s.key) !== s.version) throw this.conflict(tx, `${s.coll}/${s.key.slice(1)} changed during the transaction`);
    }
    try {
      this.store.atomic(() => {
        for (const w of tx.writes.values()) this.store.put(w.coll, w.key, w.body === null ? null : decodeStored(w.body), w.body);
      });
    } catch (err) {
      this.end(tx, 'aborted');
      throw err;
    }
    this.end(tx, 'committed');
  }

  /** Aborting is idempotent for transactions that already ended: the outcome the caller wants holds. */
  abort(id: unknown): void {
    const tx = typeof id === 'string' ? this.live.get(id) : undefined;
    if (tx) this.end(tx, 'aborted');
    else if (typeof id !== 'string' || !this.ended.has(id)) throw new DbError('DATABASE_TRANSACTION_FAIL', 'transaction not found');
  }

  private end(tx: Transaction, ending: Ending): void {
    this.live.delete(tx.id);
    for (const r of tx.writes.keys()) if (this.locks.get(r) === tx.id) this.locks.delete(r);
    this.ended.set(tx.id, ending);
    if (this.ended.size > REMEMBERED_ENDINGS) this.ended.delete(this.ended.keys().next().value as string);
  }

  /** Live transaction count, for tests and diagnostics. */
  get liveCount(): number {
    this.sweep();
    return this.live.size;
  }
}
