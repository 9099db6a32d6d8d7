import Database from 'better-sqlite3';
import type { IndexSpec } from '../../cloudfunctions/core/indexes';
import { DbError } from './errors';
import type { Doc } from './ejson-codec';
import { keysForField, type FieldIndex } from './index-keys';
import { prepareSchema, syncIndexSpecs } from './sqlite-schema';
import { SnapshotHistory } from './snapshot-history';
import type { StoredRow } from './stored-row';

export type { StoredRow } from './stored-row';

/** Bounds of a key range; a missing end is open. */
export interface KeyRange {
  lo?: string;
  loInclusive?: boolean;
  hi?: string;
  hiInclusive?: boolean;
}

const ROW = 'SELECT seq, id AS key, body, version FROM docs';

/**
 * Lookups select by key and sort in JS: with `ORDER BY seq` in SQL, SQLite prefers walking the whole
 * collection in seq order over the (coll, id) index, which made an indexed query O(collection).
 */
const inNaturalOrder = (rows: unknown[]): StoredRow[] => (rows as StoredRow[]).sort((a, b) => a.seq - b.seq);

/**
 * The committed state: documents, declared indexes and collections in one SQLite file. Every
 * method is synchronous, and callers group writes with {@link SqliteStore.atomic} so that one
 * request is one SQLite transaction.
 */
export class SqliteStore {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly indexes = new Map<string, FieldIndex[]>();
  private readonly multikey = new Set<string>();
  private readonly collectionNames = new Set<string>();
  private versionSeq: number;
  /** What writes replaced, for transactions reading an earlier snapshot. */
  readonly history = new SnapshotHistory();

  constructor(file: string, specs: IndexSpec[]) {
    this.db = new Database(file);
    prepareSchema(this.db);
    syncIndexSpecs(this.db, specs);
    for (const s of specs) {
      const list = this.indexes.get(s.collection) ?? [];
      if (s.field === '_id' || list.some((i) => i.field === s.field)) continue;
      list.push({ field: s.field, unique: Boolean(s.unique) });
      this.indexes.set(s.collection, list);
    }
    for (const r of this.db.prepare('SELECT coll, field FROM idx_specs WHERE multikey = 1').all() as { coll: string; field: string }[]) {
      this.multikey.add(`${r.coll}.${r.field}`);
    }
    for (const r of this.db.prepare('SELECT name FROM collections').all() as { name: string }[]) this.collectionNames.add(r.name);
    this.versionSeq = (this.db.prepare('SELECT max(version) AS v FROM docs').get() as { v: number | null }).v ?? 0;
  }

  private sql(text: string): Database.Statement {
    let stmt = this.statements.get(text);
    if (!stmt) {
      stmt = this.db.prepare(text);
      this.statements.set(text, stmt);
    }
    return stmt;
  }

  /** Runs `fn` as one SQLite transaction: all of its writes land, or none (it rethrows). */
  atomic<T>(fn: () => T): T {
    const mark = this.history.mark();
    try {
      return this.db.transaction(fn)();
    } catch (err) {
      this.history.rollback(mark);
      throw err;
    }
  }

  /** The version of the latest write; a snapshot taken now sees exactly the writes up to it. */
  get currentVersion(): number {
    return this.versionSeq;
  }

  /** See EmulatorDatabase.fingerprint: versions are unique across writes, so their sums identify the contents. */
  fingerprint(): Record<string, string> {
    const rows = this.sql(
      'SELECT coll, count(*) AS n, sum(version) AS s, sum((version * 2654435761) % 4294967291) AS h FROM docs GROUP BY coll',
    ).all() as { coll: string; n: number; s: number; h: number }[];
    const out: Record<string, string> = {};
    for (const name of this.collectionNames) out[name] = '0';
    for (const r of rows) out[r.coll] = `${r.n}:${r.s}:${r.h}`;
    return out;
  }

  hasCollection(name: string): boolean {
    return this.collectionNames.has(name);
  }

  listCollections(): string[] {
    return [...this.collectionNames];
  }

  /** Returns false when the collection already existed. */
  addCollection(name: string, now: number): boolean {
    if (this.collectionNames.has(name)) return false;
    this.sql('INSERT INTO collections (name, created_at) VALUES (?, ?)').run(name, now);
    this.collectionNames.add(name);
    return true;
  }

  fieldIndexes(coll: string): FieldIndex[] {
    return this.indexes.get(coll) ?? [];
  }

  isMultikey(coll: string, field: string): boolean {
    return this.multikey.has(`${coll}.${field}`);
  }

  get(coll: string, key: string): StoredRow | undefined {
    return this.sql(`${ROW} WHERE coll = ? AND id = ?`).get(coll, key) as StoredRow | undefined;
  }

  /** 0 means "absent"; real versions start at 1. */
  version(coll: string, key: string): number {
    const row = this.sql('SELECT version FROM docs WHERE coll = ? AND id = ?').get(coll, key) as { version: number } | undefined;
    return row?.version ?? 0;
  }

  scan(coll: string): StoredRow[] {
    return this.sql(`${ROW} WHERE coll = ? ORDER BY seq`).all(coll) as StoredRow[];
  }

  byIds(coll: string, keys: string[]): StoredRow[] {
    return inNaturalOrder(this.sql(`${ROW} WHERE coll = ? AND id IN (SELECT value FROM json_each(?))`).all(coll, JSON.stringify(keys)));
  }

  byIdRange(coll: string, range: KeyRange): StoredRow[] {
    const { where, params } = rangeClause('id', range);
    return inNaturalOrder(this.sql(`${ROW} WHERE coll = ? ${where}`).all(coll, ...params));
  }

  byIndexKeys(coll: string, field: string, keys: string[]): StoredRow[] {
    return inNaturalOrder(
      this.sql(`${ROW} WHERE coll = ? AND id IN (SELECT id FROM idx WHERE coll = ? AND field = ? AND key IN (SELECT value FROM json_each(?)))`).all(
        coll, coll, field, JSON.stringify(keys),
      ),
    );
  }

  byIndexRange(coll: string, field: string, range: KeyRange): StoredRow[] {
    const { where, params } = rangeClause('key', range);
    return inNaturalOrder(this.sql(`${ROW} WHERE coll = ? AND id IN (SELECT id FROM idx WHERE coll = ? AND field = ? ${where})`).all(coll, coll, field, ...params));
  }

  /** Index entries for the keys (or range), counting no further than `cap`. */
  countIndexEntries(coll: string, field: string, match: { keys: string[] } | { range: KeyRange }, cap: number): number {
    const column = field === '_id' ? 'id' : 'key';
    const source = field === '_id' ? 'docs WHERE coll = ?' : 'idx WHERE coll = ? AND field = ?';
    const base = field === '_id' ? [coll] : [coll, field];
    if ('keys' in match) {
      const sql = `SELECT count(*) AS n FROM (SELECT 1 FROM ${source} AND ${column} IN (SELECT value FROM json_each(?)) LIMIT ?)`;
      return (this.sql(sql).get(...base, JSON.stringify(match.keys), cap) as { n: number }).n;
    }
    const { where, params } = rangeClause(column, match.range);
    return (this.sql(`SELECT count(*) AS n FROM (SELECT 1 FROM ${source} ${where} LIMIT ?)`).get(...base, ...params, cap) as { n: number }).n;
  }

  /**
   * Writes the final state of one document (null deletes it) and its index entries. A unique index
   * violation aborts with DATABASE_DUPLICATE_WRITE; inside {@link atomic} that undoes the whole request.
   * Returns the new version.
   */
  put(coll: string, key: string, doc: Doc | null, body: string | null): number {
    const version = ++this.versionSeq;
    if (this.history.active) this.history.record(coll, key, this.get(coll, key) ?? null, version);
    const indexes = this.fieldIndexes(coll);
    // Without the hint SQLite walks the primary key from `coll`, i.e. every entry of the collection.
    if (indexes.length > 0) this.sql('DELETE FROM idx INDEXED BY idx_by_doc WHERE coll = ? AND id = ?').run(coll, key);
    if (doc === null || body === null) {
      this.sql('DELETE FROM docs WHERE coll = ? AND id = ?').run(coll, key);
      return version;
    }
    this.sql(
      'INSERT INTO docs (coll, id, body, version) VALUES (?, ?, ?, ?) ON CONFLICT (coll, id) DO UPDATE SET body = excluded.body, version = excluded.version',
    ).run(coll, key, body, version);
    for (const { field, unique } of indexes) {
      const found = keysForField(doc, field);
      if (found.multikey && !this.isMultikey(coll, field)) {
        this.sql('UPDATE idx_specs SET multikey = 1 WHERE coll = ? AND field = ?').run(coll, field);
        this.multikey.add(`${coll}.${field}`);
      }
      for (const k of found.keys) {
        try {
          this.sql('INSERT INTO idx (coll, field, key, id, uniq) VALUES (?, ?, ?, ?, ?)').run(coll, field, k, key, unique ? 1 : 0);
        } catch (err) {
          if ((err as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) {
            throw new DbError('DATABASE_DUPLICATE_WRITE', `duplicate key on unique index ${coll}.${field}: ${k.slice(1)}`);
          }
          throw err;
        }
      }
    }
    return version;
  }

  get isOpen(): boolean {
    return this.db.open;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function rangeClause(column: string, range: KeyRange): { where: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  if (range.lo !== undefined) {
    parts.push(`AND ${column} ${range.loInclusive ? '>=' : '>'} ?`);
    params.push(range.lo);
  }
  if (range.hi !== undefined) {
    parts.push(`AND ${column} ${range.hiInclusive ? '<=' : '<'} ?`);
    params.push(range.hi);
  }
  return { where: parts.join(' '), params };
}
