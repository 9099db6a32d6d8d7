import type { DocAccess, Entry } from './doc-access';
import { requireCollection, withAccess, type DbContext, type Reply } from './db-context';
import { encodeEjson, encodeReply, type Doc } from './ejson-codec';
import { invalidParam } from './errors';
import { idKeyOf } from './key-encoding';
import { applyUpdate, compileQuery, upsertSeed, validateUpdate } from './mingo-engine';
import {
  collectionName, docKey, flag, insertData, isDocQuery, newId, objectField, updateData, wireId, type Body,
} from './request-fields';

/** Gives a document its `_id` (a new CloudBase-style id when absent) and returns the storage key. */
export function withId(doc: Doc): { key: string; doc: Doc } {
  if (doc._id === undefined) doc = { _id: newId(), ...doc };
  const key = idKeyOf(doc._id);
  if (key === null) throw invalidParam('_id must be a string, number, boolean, date or ObjectId');
  return { key, doc };
}

/** Documents the request targets: its `_id` for DOC requests, else the query's matches in natural order. */
function targets(access: DocAccess, coll: string, body: Body, query: Doc, multi: boolean): Entry[] {
  if (isDocQuery(body)) {
    const key = docKey(query);
    const doc = access.get(coll, key);
    return doc ? [{ key, doc }] : [];
  }
  const q = compileQuery(query);
  const matches = access.candidates(coll, query).entries.filter((e) => q.test(e.doc));
  return multi ? matches : matches.slice(0, 1);
}

/** `database.insertDocument`: `add(doc)` and `add([docs])`; a batch lands entirely or not at all. */
export function insertDocument(ctx: DbContext, body: Body): Reply {
  const coll = collectionName(body);
  requireCollection(ctx, coll);
  const docs = insertData(body, ctx.now).map(withId);
  return withAccess(ctx, body, true, (access) => {
    for (const { key, doc } of docs) access.insert(coll, key, doc);
    return { data: { insertedIds: docs.map(({ doc }) => wireId(doc._id)) } };
  });
}

function replacement(data: Doc): Doc {
  if (Object.keys(data).some((k) => k.startsWith('$'))) throw invalidParam('set() takes a document, not update operators');
  const { _id, ...fields } = data;
  void _id;
  return fields;
}

/**
 * `database.modifyDocument`: `doc().update()` / `where().update()` (operators, merge), and
 * `doc().set()` (replacement, upsert). `updated` counts the documents matched, as CloudBase does
 * (setting a document to what it already holds answers 1); only changed ones are written.
 */
export function modifyDocument(ctx: DbContext, body: Body): Reply {
  const coll = collectionName(body);
  requireCollection(ctx, coll);
  const query = objectField(body, 'query', ctx.now);
  const data = updateData(body, ctx.now);
  const merge = flag(body, 'merge', true);
  const upsert = flag(body, 'upsert', false);
  const multi = flag(body, 'multi', !isDocQuery(body));
  const update = merge && !Object.keys(data).some((k) => k.startsWith('$')) ? { $set: data } : data;
  if (merge) validateUpdate(update);
  const fields = merge ? {} : replacement(data);

  return withAccess(ctx, body, true, (access) => {
    const found = targets(access, coll, body, query, merge && multi);
    for (const { key, doc } of found) {
      const before = encodeEjson(doc);
      const next = merge ? doc : { _id: doc._id, ...fields };
      if (merge) applyUpdate(next, update as Record<string, Doc>);
      if (encodeEjson(next) !== before) access.replace(coll, key, next);
    }
    if (found.length > 0 || !upsert) return { data: { updated: found.length } };
    const seed = isDocQuery(body) ? { _id: query._id } : upsertSeed(query);
    const base = merge ? seed : { ...fields, _id: seed._id };
    if (merge) applyUpdate(base, update as Record<string, Doc>);
    const { key, doc } = withId(base);
    access.insert(coll, key, doc);
    return { data: { updated: 0, upsert_id: wireId(doc._id) } };
  });
}

/** `database.modifyAndReturnDoc`: `where().updateAndReturn()`, answering the updated document; `updated` counts the match. */
export function modifyAndReturnDoc(ctx: DbContext, body: Body): Reply {
  const coll = collectionName(body);
  requireCollection(ctx, coll);
  const query = objectField(body, 'query', ctx.now);
  const data = updateData(body, ctx.now);
  const update = Object.keys(data).some((k) => k.startsWith('$')) ? data : { $set: data };
  validateUpdate(update);
  return withAccess(ctx, body, true, (access) => {
    const [target] = targets(access, coll, body, query, false);
    if (!target) return { data: { updated: 0, doc: null } };
    if (applyUpdate(target.doc, update)) access.replace(coll, target.key, target.doc);
    return { data: { updated: 1, doc: encodeReply(target.doc) } };
  });
}

/** `database.removeDocument`: `doc().remove()` and `where().remove()`. */
export function removeDocument(ctx: DbContext, body: Body): Reply {
  const coll = collectionName(body);
  requireCollection(ctx, coll);
  const query = objectField(body, 'query', ctx.now);
  const multi = flag(body, 'multi', !isDocQuery(body));
  return withAccess(ctx, body, true, (access) => {
    const found = targets(access, coll, body, query, multi);
    for (const { key } of found) access.remove(coll, key);
    return { data: { deleted: found.length } };
  });
}
