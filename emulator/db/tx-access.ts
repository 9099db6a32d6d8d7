import type { DocAccess, Entry } from './doc-access';
import { duplicateId } from './doc-access';
import { decodeStored, encodeEjson, type Doc } from './ejson-codec';
import { candidateRows } from './query-planner';
import type { SqliteStore, StoredRow } from './sqlite-store';
import { ref, type Transaction, type TransactionManager } from './transactions';

/**
 * A transaction's view: the committed state as of its snapshot, overlaid with its own buffered
 * writes. Later commits, and other transactions' buffered writes, stay invisible to it.
 */
export class TxAccess implements DocAccess {
  constructor(
    private readonly store: SqliteStore,
    private readonly manager: TransactionManager,
    private readonly tx: Transaction,
  ) {}

  /** Runs one request's work; if it fails half-way, the transaction forgets that request's writes. */
  run<T>(fn: () => T): T {
    const writes = new Map(this.tx.writes);
    try {
      return fn();
    } catch (err) {
      for (const r of this.tx.writes.keys()) if (!writes.has(r)) this.manager.unlock(r, this.tx);
      this.tx.writes.clear();
      for (const [k, v] of writes) this.tx.writes.set(k, v);
      throw err;
    }
  }

  /** The committed row as of the snapshot (null: absent then), given the current one. */
  private asOfSnapshot(coll: string, key: string, current: StoredRow | undefined): StoredRow | null {
    const snapshot = this.manager.snapshotOf(this.tx);
    if (current && current.version <= snapshot) return current;
    const before = this.store.history.at(coll, key, snapshot);
    return before === undefined ? (current ?? null) : before;
  }

  get(coll: string, key: string): Doc | null {
    const own = this.tx.writes.get(ref(coll, key));
    if (own) return own.body === null ? null : decodeStored(own.body);
    const row = this.asOfSnapshot(coll, key, this.store.get(coll, key));
    return row ? decodeStored(row.body) : null;
  }

  candidates(coll: string, query: Doc): { entries: Entry[]; index: string | null } {
    const snapshot = this.manager.snapshotOf(this.tx);
    const { rows, index } = candidateRows(this.store, coll, query);
    // Documents written since the snapshot, as they were then; the index only knows their new state.
    const changed = this.store.history.changedSince(coll, snapshot);
    const found: { seq: number; entry: Entry }[] = [];
    const covered = new Set<string>();
    const add = (key: string, row: StoredRow | null): void => {
      covered.add(key);
      const own = this.tx.writes.get(ref(coll, key));
      if (own) {
        if (own.body !== null) found.push({ seq: row?.seq ?? Infinity, entry: { key, doc: decodeStored(own.body) } });
      } else if (row) {
        found.push({ seq: row.seq, entry: { key, doc: decodeStored(row.body) } });
      }
    };
    for (const row of rows) add(row.key, changed.has(row.key) ? changed.get(row.key)! : row);
    for (const [key, before] of changed) if (!covered.has(key)) add(key, before);
    // Own writes the index did not return (new documents, or changed ones): the query re-checks them.
    for (const own of this.tx.writes.values()) {
      if (own.coll === coll && own.body !== null && !covered.has(own.key)) {
        covered.add(own.key);
        found.push({ seq: this.store.get(coll, own.key)?.seq ?? Infinity, entry: { key: own.key, doc: decodeStored(own.body) } });
      }
    }
    found.sort((a, b) => a.seq - b.seq);
    return { entries: found.map((f) => f.entry), index };
  }

  /** First writer wins: a document another live transaction wrote, or changed since the snapshot, conflicts. */
  private write(coll: string, key: string, body: string | null): void {
    if (this.manager.lockHolder(coll, key, this.tx)) throw this.manager.conflict(this.tx);
    const snapshot = this.manager.snapshotOf(this.tx);
    if (this.manager.changedSince(coll, key, snapshot)) throw this.manager.conflict(this.tx);
    this.manager.lock(coll, key, this.tx);
    this.tx.writes.set(ref(coll, key), { coll, key, body });
  }

  insert(coll: string, key: string, doc: Doc): void {
    if (this.get(coll, key)) throw duplicateId(coll, doc._id);
    this.write(coll, key, encodeEjson(doc));
  }

  replace(coll: string, key: string, doc: Doc): void {
    this.write(coll, key, encodeEjson(doc));
  }

  remove(coll: string, key: string): void {
    this.write(coll, key, null);
  }
}
