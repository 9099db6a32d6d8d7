import type { IndexSpec } from '../../cloudfunctions/core/indexes';
import { type DbContext } from './db-context';
import { dispatch } from './dispatch';
import { DirectAccess } from './doc-access';
import type { Doc } from './ejson-codec';
import { collectionNotExist } from './errors';
import { applyUpdate, compileQuery, runFind, validateUpdate, type SortSpec } from './mingo-engine';
import { candidateRows } from './query-planner';
import { SqliteStore } from './sqlite-store';
import { TransactionManager } from './transactions';
import { withId } from './write-actions';

export type { IndexSpec } from '../../cloudfunctions/core/indexes';
export type { Doc } from './ejson-codec';
export { DbError, type DbErrorCode } from './errors';

export interface OpenDatabaseOptions {
  /** SQLite file path, or ':memory:'. */
  file: string;
  /** Declared secondary indexes; `_id` is always indexed and unique. */
  indexes: IndexSpec[];
  /** Transactions not committed or aborted within this time are aborted. Default 30000. */
  transactionTtlMs?: number;
  /** Clock for `serverDate()` and transaction expiry. Default `Date.now`. */
  now?: () => number;
}

export interface FindOptions {
  sort?: SortSpec;
  skip?: number;
  limit?: number;
  projection?: Doc;
}

/** The emulator's CloudBase document database. */
export interface EmulatorDatabase {
  /** Answers one parsed `POST /admin` body (any `database.*` action); never rejects. */
  handle(body: unknown): Promise<Record<string, unknown>>;
  /** Creates the collection unless it exists. */
  ensureCollection(name: string): void;
  listCollections(): string[];
  /** Inserts documents (plain JS values) in one transaction; returns their `_id`s. Throws DbError. */
  insert(coll: string, docs: Doc | Doc[]): unknown[];
  /** Matching documents in natural order unless sorted. Throws DbError. */
  find(coll: string, query?: Doc, opts?: FindOptions): Doc[];
  count(coll: string, query?: Doc): number;
  /** Applies an operator update to every match in one transaction; returns how many matched. */
  updateMany(coll: string, query: Doc, update: Doc): number;
  /** Removes every match in one transaction; returns how many were removed. */
  removeMany(coll: string, query: Doc): number;
  /** Which index a query would use (null: full scan) and how many documents it would load. */
  explain(coll: string, query: Doc): { index: string | null; scanned: number };
  /** Transactions started and not yet ended. */
  liveTransactions(): number;
  /** The version of the latest write (it moves on every write, also one a transaction later undid). */
  writeVersion(): number;
  /**
   * Per collection, its document count and a digest of which document versions it holds: two equal
   * fingerprints mean no document was added, removed or rewritten in between. Cheap (no body is read).
   */
  fingerprint(): Record<string, string>;
  close(): void;
}

const isPlainObject = (v: unknown): v is Doc =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** Copies caller-owned plain values, dropping `undefined` fields as a JSON round trip would. */
function plainCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(plainCopy) as T;
  if (!isPlainObject(value)) return value;
  const out: Doc = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = plainCopy(v);
  return out as T;
}

/** Opens (creating if needed) the database file and builds any newly declared index. */
export function openDatabase(opts: OpenDatabaseOptions): EmulatorDatabase {
  const now = opts.now ?? Date.now;
  const store = new SqliteStore(opts.file, opts.indexes);
  const ctx: DbContext = { store, transactions: new TransactionManager(store, opts.transactionTtlMs ?? 30_000, now), now };
  const direct = new DirectAccess(store);
  const requireCollection = (coll: string): void => {
    if (!store.hasCollection(coll)) throw collectionNotExist(coll);
  };
  const matches = (coll: string, query: Doc) => {
    requireCollection(coll);
    const q = compileQuery(query);
    return direct.candidates(coll, query).entries.filter((e) => q.test(e.doc));
  };

  return {
    handle: async (body) => dispatch(ctx, body),
    ensureCollection: (name) => void store.addCollection(name, now()),
    listCollections: () => store.listCollections(),
    insert(coll, docs) {
      requireCollection(coll);
      const list = (Array.isArray(docs) ? docs : [docs]).map((d) => withId(plainCopy(d)));
      store.atomic(() => list.forEach(({ key, doc }) => direct.insert(coll, key, doc)));
      return list.map(({ doc }) => doc._id);
    },
    find(coll, query = {}, o = {}) {
      requireCollection(coll);
      const candidates = direct.candidates(coll, query).entries.map((e) => e.doc);
      return runFind(candidates, query, { order: o.sort, skip: o.skip, limit: o.limit, projection: o.projection }).docs;
    },
    count: (coll, query = {}) => matches(coll, query).length,
    updateMany(coll, query, update) {
      const modifier = plainCopy(update);
      validateUpdate(modifier);
      return store.atomic(() => {
        const found = matches(coll, query);
        for (const { key, doc } of found) if (applyUpdate(doc, modifier)) direct.replace(coll, key, doc);
        return found.length;
      });
    },
    removeMany(coll, query) {
      return store.atomic(() => {
        const found = matches(coll, query);
        for (const { key } of found) direct.remove(coll, key);
        return found.length;
      });
    },
    explain(coll, query) {
      requireCollection(coll);
      const { rows, index } = candidateRows(store, coll, query);
      return { index, scanned: rows.length };
    },
    liveTransactions: () => ctx.transactions.liveCount,
    writeVersion: () => store.currentVersion,
    fingerprint: () => store.fingerprint(),
    close: () => store.close(),
  };
}
