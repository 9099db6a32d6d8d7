import crypto from 'node:crypto';
import { abortTransaction, addCollection, commitTransaction, startTransaction } from './admin-actions';
import { aggregateDocuments } from './aggregate-action';
import type { DbContext, Reply } from './db-context';
import { DbError, invalidParam } from './errors';
import { calculateDocument, getDocument } from './read-actions';
import type { Body } from './request-fields';
import { insertDocument, modifyAndReturnDoc, modifyDocument, removeDocument } from './write-actions';

const ACTIONS: Record<string, (ctx: DbContext, body: Body) => Reply> = {
  'database.getDocument': getDocument,
  'database.calculateDocument': calculateDocument,
  'database.insertDocument': insertDocument,
  'database.modifyDocument': modifyDocument,
  'database.modifyAndReturnDoc': modifyAndReturnDoc,
  'database.removeDocument': removeDocument,
  'database.aggregateDocuments': aggregateDocuments,
  'database.startTransaction': startTransaction,
  'database.commitTransaction': commitTransaction,
  'database.abortTransaction': abortTransaction,
  'database.addCollection': addCollection,
};

export const SUPPORTED_ACTIONS = Object.keys(ACTIONS);

function parseBody(input: unknown): Body {
  let body = input;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      throw invalidParam('request body is not valid JSON');
    }
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalidParam('request body must be a JSON object');
  return body as Body;
}

/**
 * Errors become CloudBase error bodies. DbErrors carry their code; a storage failure is
 * DATABASE_REQUEST_FAILED; anything else was thrown while interpreting the request (mingo rejecting an
 * operator, a malformed value), so it is the caller's INVALID_PARAM.
 */
function errorBody(err: unknown): { code: string; message: string } {
  if (err instanceof DbError) return { code: err.code, message: err.message };
  const e = err as { name?: string; code?: unknown; message?: unknown };
  if (e?.name === 'SqliteError' || (typeof e?.code === 'string' && e.code.startsWith('SQLITE_'))) {
    return { code: 'DATABASE_REQUEST_FAILED', message: String(e?.message ?? err) };
  }
  return { code: 'INVALID_PARAM', message: String(e?.message ?? err) };
}

/** Answers one `POST /admin` body. Never throws: every failure is an error body with a requestId. */
export function dispatch(ctx: DbContext, input: unknown): Record<string, unknown> {
  const requestId = crypto.randomUUID();
  try {
    const body = parseBody(input);
    const action = body.action;
    if (typeof action !== 'string' || action === '') throw invalidParam('action is required');
    const run = Object.hasOwn(ACTIONS, action) ? ACTIONS[action] : undefined;
    if (!run) throw invalidParam(`unknown action: ${action}`);
    if (!ctx.store.isOpen) throw new DbError('DATABASE_REQUEST_FAILED', 'the database is closed');
    return { ...run(ctx, body), requestId };
  } catch (err) {
    return { requestId, ...errorBody(err) };
  }
}
