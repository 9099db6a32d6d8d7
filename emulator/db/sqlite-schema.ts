import type Database from 'better-sqlite3';
import type { IndexSpec } from '../../cloudfunctions/core/indexes';
import { decodeStored } from './ejson-codec';
import { keysForField } from './index-keys';

/**
 * One document per row, as canonical EJSON. `seq` (the rowid) keeps insertion order, which is the
 * natural order answered when no sort is asked for. `version` comes from one counter shared by all
 * collections, so a document that is deleted and re-created never repeats a version a transaction
 * may have seen.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS collections (name TEXT PRIMARY KEY, created_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS docs (
  seq INTEGER PRIMARY KEY,
  coll TEXT NOT NULL,
  id TEXT NOT NULL,
  body TEXT NOT NULL,
  version INTEGER NOT NULL,
  UNIQUE (coll, id)
);
CREATE INDEX IF NOT EXISTS docs_by_coll ON docs (coll, seq);
CREATE TABLE IF NOT EXISTS idx (
  coll TEXT NOT NULL,
  field TEXT NOT NULL,
  key TEXT NOT NULL,
  id TEXT NOT NULL,
  uniq INTEGER NOT NULL,
  PRIMARY KEY (coll, field, key, id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX IF NOT EXISTS idx_unique ON idx (coll, field, key) WHERE uniq = 1;
CREATE INDEX IF NOT EXISTS idx_by_doc ON idx (coll, id);
CREATE TABLE IF NOT EXISTS idx_specs (
  coll TEXT NOT NULL,
  field TEXT NOT NULL,
  uniq INTEGER NOT NULL,
  multikey INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (coll, field)
);
`;

/**
 * WAL with synchronous=NORMAL: every commit is written into the WAL before the write is acknowledged,
 * so an answered write survives the emulator being killed (SIGKILL) at any moment, and a torn last
 * transaction is rolled back on open, never half-applied. The WAL is fsynced at checkpoints rather
 * than at every commit: an fsync per commit held the whole emulator (gateway, functions, database, all
 * on one event loop) for about a millisecond per write, and only a power cut of the machine itself
 * could tell the two apart.
 */
export function prepareSchema(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
}

/**
 * Makes the index tables match the declared specs: drops entries of specs no longer declared and
 * (re)builds the ones that are new or changed. A unique spec over data that already holds
 * duplicates fails loudly here rather than silently enforcing nothing.
 */
export function syncIndexSpecs(db: Database.Database, specs: IndexSpec[]): void {
  const declared = new Map(specs.filter((s) => s.field !== '_id').map((s) => [`${s.collection}\u0000${s.field}`, s]));
  const stored = db.prepare('SELECT coll, field, uniq FROM idx_specs').all() as { coll: string; field: string; uniq: number }[];
  const insertKey = db.prepare('INSERT INTO idx (coll, field, key, id, uniq) VALUES (?, ?, ?, ?, ?)');
  const rebuild = db.transaction(() => {
    for (const row of stored) {
      const spec = declared.get(`${row.coll}\u0000${row.field}`);
      if (spec && Boolean(spec.unique) === Boolean(row.uniq)) {
        declared.delete(`${row.coll}\u0000${row.field}`);
        continue;
      }
      db.prepare('DELETE FROM idx WHERE coll = ? AND field = ?').run(row.coll, row.field);
      db.prepare('DELETE FROM idx_specs WHERE coll = ? AND field = ?').run(row.coll, row.field);
    }
    for (const spec of declared.values()) {
      let multikey = false;
      const rows = db.prepare('SELECT id, body FROM docs WHERE coll = ?').all(spec.collection) as { id: string; body: string }[];
      for (const row of rows) {
        const found = keysForField(decodeStored(row.body), spec.field);
        multikey ||= found.multikey;
        for (const key of found.keys) {
          try {
            insertKey.run(spec.collection, spec.field, key, row.id, spec.unique ? 1 : 0);
          } catch (err) {
            throw new Error(`cannot build unique index ${spec.collection}.${spec.field}: duplicate key ${key.slice(1)}`, { cause: err });
          }
        }
      }
      db.prepare('INSERT INTO idx_specs (coll, field, uniq, multikey) VALUES (?, ?, ?, ?)').run(
        spec.collection, spec.field, spec.unique ? 1 : 0, multikey ? 1 : 0,
      );
    }
  });
  rebuild();
}
