import { requireCollection, withAccess, type DbContext, type Reply } from './db-context';
import { encodeEjson, type Doc } from './ejson-codec';
import { compileQuery, runFind } from './mingo-engine';
import { collectionName, docKey, isDocQuery, limitField, objectField, offsetField, orderField, type Body } from './request-fields';

/** `database.getDocument`: `doc(id).get()` and `where().orderBy().skip().limit().field().get()`. */
export function getDocument(ctx: DbContext, body: Body): Reply {
  const coll = collectionName(body);
  requireCollection(ctx, coll);
  const query = objectField(body, 'query', ctx.now);
  const projection = objectField(body, 'projection', ctx.now);
  const limit = limitField(body);
  const offset = offsetField(body);
  return withAccess(ctx, body, false, (access) => {
    if (isDocQuery(body)) {
      const doc = access.get(coll, docKey(query));
      const list = doc ? runFind([doc], {}, { projection }).docs : [];
      return { data: { list: list.map(encodeEjson) }, total: list.length, limit, offset };
    }
    const order = orderField(body, ctx.now);
    const { entries } = access.candidates(coll, query);
    const keyOf = new Map<Doc, string>(entries.map((e) => [e.doc, e.key]));
    const { docs, total, matched } = runFind(
      entries.map((e) => e.doc),
      query,
      { order, skip: offset, limit, projection },
    );
    access.noteRead(coll, matched.map((d) => keyOf.get(d)!));
    return { data: { list: docs.map(encodeEjson) }, total, limit, offset };
  });
}

/** `database.calculateDocument`: `where().count()`. */
export function calculateDocument(ctx: DbContext, body: Body): Reply {
  const coll = collectionName(body);
  requireCollection(ctx, coll);
  const query = objectField(body, 'query', ctx.now);
  return withAccess(ctx, body, false, (access) => {
    const q = compileQuery(query);
    const total = access.candidates(coll, query).entries.filter((e) => q.test(e.doc)).length;
    return { data: { total } };
  });
}
