import type { DbContext, Reply } from './db-context';
import { DbError } from './errors';
import { collectionName, type Body } from './request-fields';

/** `database.startTransaction`: the id is top-level in the answer, as CloudBase sends it. */
export const startTransaction = (ctx: DbContext): Reply => ({ transactionId: ctx.transactions.start() });

export function commitTransaction(ctx: DbContext, body: Body): Reply {
  ctx.transactions.commit(body.transactionId);
  return {};
}

export function abortTransaction(ctx: DbContext, body: Body): Reply {
  ctx.transactions.abort(body.transactionId);
  return {};
}

/** `db.createCollection(name)`. */
export function addCollection(ctx: DbContext, body: Body): Reply {
  const name = collectionName(body);
  if (!ctx.store.addCollection(name, ctx.now())) {
    throw new DbError('DATABASE_COLLECTION_ALREADY_EXIST', `collection already exists: ${name}`);
  }
  return {};
}
