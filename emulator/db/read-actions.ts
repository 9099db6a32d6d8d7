import { requireCollection, withAccess, type DbContext, type Reply } from './db-context';
import { encodeReply } from './ejson-codec';
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
      return { data: { list: list.map(encodeReply) }, total: list.length, limit, offset };
    }
    const order = orderField(body, ctx.now);
    const { entries } = access.candidates(coll, query);
    const { docs, total } = runFind(
      entries.map((e) => e.doc),
      query,
      { order, skip: offset, limit, projection },
    );
    return { data: { list: docs.map(encodeReply) }, total, limit, offset };
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
