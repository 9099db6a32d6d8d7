import type { DocAccess, Entry } from './doc-access';
import { decodeRows, duplicateId } from './doc-access';
import { decodeStored, encodeEjson, type Doc } from './ejson-codec';
import { candidateRows } from './query-planner';
import type { SqliteStore } from './sqlite-store';
import { ref, type Transaction, type TransactionManager } from './transactions';

/**
 * A transaction's view: committed documents overlaid with its own buffered writes. Other
 * transactions' buffered writes stay invisible until they commit.
 */
export class TxAccess implements DocAccess {
  /** Versions of committed rows handed out by the last `candidates`, for `noteRead`. */
  private readonly lastVersions = new Map<string, number>();

  constructor(
    private readonly store: SqliteStore,
    private readonly manager: TransactionManager,
    private readonly tx: Transaction,
  ) {}

  /** Runs one request's work; if it fails half-way, the transaction forgets that request's writes. */
  run<T>(fn: () => T): T {
    const writes = new Map(this.tx.writes);
    const seen = new Map(this.tx.seen);
    try {
      return fn();
    } catch (err) {
      for (const r of this.tx.writes.keys()) if (!writes.has(r)) this.manager.unlock(r, this.tx);
      this.tx.writes.clear();
      this.tx.seen.clear();
      for (const [k, v] of writes) this.tx.writes.set(k, v);
      for (const [k, v] of seen) this.tx.seen.set(k, v);
      throw err;
    }
  }

  private see(coll: string, key: string, version: number): void {
    const r = ref(coll, key);
    if (!this.tx.seen.has(r)) this.tx.seen.set(r, { coll, key, version });
  }

  get(coll: string, key: string): Doc | null {
    const own = this.tx.writes.get(ref(coll, key));
    if (own) return own.body === null ? null : decodeStored(own.body);
    const row = this.store.get(coll, key);
    this.see(coll, key, row?.version ?? 0);
    return row ? decodeStored(row.body) : null;
  }

  candidates(coll: string, query: Doc): { entries: Entry[]; index: string | null } {
    const { rows, index } = candidateRows(this.store, coll, query);
    const entries: Entry[] = [];
    const covered = new Set<string>();
    this.lastVersions.clear();
    for (const row of rows) {
      const r = ref(coll, row.key);
      covered.add(r);
      const own = this.tx.writes.get(r);
      if (own) {
        if (own.body !== null) entries.push({ key: row.key, doc: decodeStored(own.body) });
      } else {
        this.lastVersions.set(r, row.version);
        entries.push(...decodeRows([row]));
      }
    }
    // Own writes the index did not return (new documents, or changed ones): the query re-checks them.
    for (const [r, own] of this.tx.writes) {
      if (own.coll === coll && own.body !== null && !covered.has(r)) entries.push({ key: own.key, doc: decodeStored(own.body) });
    }
    return { entries, index };
  }

  noteRead(coll: string, keys: string[]): void {
    for (const key of keys) {
      const r = ref(coll, key);
      if (this.tx.writes.has(r)) continue;
      this.see(coll, key, this.lastVersions.get(r) ?? this.store.version(coll, key));
    }
  }

  private write(coll: string, key: string, body: string | null): void {
    if (this.manager.lockHolder(coll, key, this.tx)) {
      throw this.manager.conflict(this.tx, `${coll}/${key.slice(1)} is being written by another transaction`);
    }
    const current = this.store.version(coll, key);
    const seen = this.tx.seen.get(ref(coll, key));
    if (seen && seen.version !== current) throw this.manager.conflict(this.tx, `${coll}/${key.slice(1)} changed during the transaction`);
    this.see(coll, key, current);
    this.manager.lock(coll, key, this.tx);
    this.tx.writes.set(ref(coll, key), { coll, key, body });
  }

  insert(coll: string, key: string, doc: Doc): void {
    const own = this.tx.writes.get(ref(coll, key));
    if (own ? own.body !== null : this.store.get(coll, key)) throw duplicateId(coll, doc._id);
    this.write(coll, key, encodeEjson(doc));
  }

  replace(coll: string, key: string, doc: Doc): void {
    this.write(coll, key, encodeEjson(doc));
  }

  remove(coll: string, key: string): void {
    this.write(coll, key, null);
  }
}
