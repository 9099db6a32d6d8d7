import { decodeStored, encodeEjson, type Doc } from './ejson-codec';
import { DbError } from './errors';
import { candidateRows } from './query-planner';
import type { SqliteStore } from './sqlite-store';

/** A decoded document and its storage key. */
export interface Entry {
  key: string;
  doc: Doc;
}

/**
 * What an action reads and writes through. Outside a transaction it is the committed store (the
 * action runs inside one SQLite transaction); inside one it is the transaction's own view.
 */
export interface DocAccess {
  get(coll: string, key: string): Doc | null;
  /** Documents that may match `query` (a superset), in natural order, and the index used. */
  candidates(coll: string, query: Doc): { entries: Entry[]; index: string | null };
  insert(coll: string, key: string, doc: Doc): void;
  replace(coll: string, key: string, doc: Doc): void;
  remove(coll: string, key: string): void;
}

export const decodeRows = (rows: { key: string; body: string }[]): Entry[] =>
  rows.map((r) => ({ key: r.key, doc: decodeStored(r.body) }));

export const duplicateId = (coll: string, id: unknown): DbError =>
  new DbError('DATABASE_DUPLICATE_WRITE', `duplicate _id in ${coll}: ${String(id)}`);

/** Straight to the committed store; callers wrap each request in `store.atomic`. */
export class DirectAccess implements DocAccess {
  constructor(private readonly store: SqliteStore) {}

  get(coll: string, key: string): Doc | null {
    const row = this.store.get(coll, key);
    return row ? decodeStored(row.body) : null;
  }

  candidates(coll: string, query: Doc): { entries: Entry[]; index: string | null } {
    const { rows, index } = candidateRows(this.store, coll, query);
    return { entries: decodeRows(rows), index };
  }

  insert(coll: string, key: string, doc: Doc): void {
    if (this.store.get(coll, key)) throw duplicateId(coll, doc._id);
    this.store.put(coll, key, doc, encodeEjson(doc));
  }

  replace(coll: string, key: string, doc: Doc): void {
    this.store.put(coll, key, doc, encodeEjson(doc));
  }

  remove(coll: string, key: string): void {
    this.store.put(coll, key, null, null);
  }
}
