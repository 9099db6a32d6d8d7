import crypto from 'node:crypto';
import { decodeStored } from './ejson-codec';
import { DbError } from './errors';
import type { SqliteStore } from './sqlite-store';

/** The final state the transaction gives a document; `body` null deletes it. */
export interface BufferedWrite {
  coll: string;
  key: string;
  body: string | null;
}

export class Transaction {
  readonly writes = new Map<string, BufferedWrite>();
  /** The store version it reads at, fixed by its first read or write (not by its start). */
  snapshot: number | undefined;
  constructor(
    readonly id: string,
    readonly startedAt: number,
  ) {}
}

type Ending = 'committed' | 'aborted' | 'conflict' | 'expired';

export const ref = (coll: string, key: string): string => `${coll}\u0000${key}`;

const REMEMBERED_ENDINGS = 10_000;

/** CloudBase's texts for these two outcomes, which the SDK passes on to the caller unchanged. */
export const CONFLICT_MESSAGE =
  '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. Please check your request, but if the problem persists, contact us.';
export const NOT_EXIST_MESSAGE =
  '[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds. Please check your request, but if the problem persists, contact us.';

const notExist = (): DbError => new DbError('DATABASE_TRANSACTION_FAIL', NOT_EXIST_MESSAGE);

/**
 * Snapshot-isolated transactions over the committed store, as MongoDB runs CloudBase's: reads see
 * the committed state as of the snapshot; writes are buffered and applied in one SQLite transaction
 * at commit. The first writer of a document wins: a write to a document that another live
 * transaction has written, or that was committed after the snapshot, is a conflict, and the
 * conflict ends the transaction (the SDK retries with a new one and never aborts the old one).
 * Reads are not validated at commit (write skew is possible, as on CloudBase). Abandoned
 * transactions end after the TTL.
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

  /**
   * The live transaction, or DATABASE_TRANSACTION_FAIL: on CloudBase a committed, aborted, expired
   * or conflicted transaction no longer exists on the server.
   */
  get(id: unknown): Transaction {
    this.sweep();
    const tx = typeof id === 'string' ? this.live.get(id) : undefined;
    if (!tx) throw notExist();
    return tx;
  }

  /** The transaction's snapshot, taken now if this is its first read or write. */
  snapshotOf(tx: Transaction): number {
    if (tx.snapshot === undefined) {
      tx.snapshot = this.store.currentVersion;
      this.store.history.active = true;
    }
    return tx.snapshot;
  }

  /** True when a committed write changed (or created, or removed) the document after the snapshot. */
  changedSince(coll: string, key: string, snapshot: number): boolean {
    return this.store.version(coll, key) > snapshot || this.store.history.at(coll, key, snapshot) !== undefined;
  }

  /** Ends the transaction and answers with CloudBase's conflict. */
  conflict(tx: Transaction): DbError {
    this.end(tx, 'conflict');
    return new DbError('DATABASE_TRANSACTION_CONFLICT', CONFLICT_MESSAGE);
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
    // A plain (non-transactional) write may have landed on a document after this transaction wrote it.
    if (tx.snapshot !== undefined) {
      for (const w of tx.writes.values()) if (this.changedSince(w.coll, w.key, tx.snapshot)) throw this.conflict(tx);
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

  /**
   * Aborting a transaction that already ended is accepted: the outcome the caller wants holds. (On
   * CloudBase it fails with TransactionNotExist, which the SDK's runTransaction ignores.)
   */
  abort(id: unknown): void {
    const tx = typeof id === 'string' ? this.live.get(id) : undefined;
    if (tx) this.end(tx, 'aborted');
    else if (typeof id !== 'string' || !this.ended.has(id)) throw notExist();
  }

  private end(tx: Transaction, ending: Ending): void {
    this.live.delete(tx.id);
    for (const r of tx.writes.keys()) if (this.locks.get(r) === tx.id) this.locks.delete(r);
    this.ended.set(tx.id, ending);
    if (this.ended.size > REMEMBERED_ENDINGS) this.ended.delete(this.ended.keys().next().value as string);
    let oldest: number | null = null;
    for (const t of this.live.values()) if (t.snapshot !== undefined && (oldest === null || t.snapshot < oldest)) oldest = t.snapshot;
    this.store.history.prune(oldest);
  }

  /** Live transaction count, for tests and diagnostics. */
  get liveCount(): number {
    this.sweep();
    return this.live.size;
  }
}
