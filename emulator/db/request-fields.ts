import crypto from 'node:crypto';
import { decodeEjson, type Doc } from './ejson-codec';
import { invalidParam } from './errors';
import { idKeyOf } from './key-encoding';
import type { SortSpec } from './mingo-engine';

/** One parsed `POST /admin` body: reading a field validates it, so handlers see only good values. */
export type Body = Record<string, unknown>;

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

const isPlainObject = (v: unknown): v is Doc =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** CloudBase document ids: 32 lowercase hex digits. */
export const newId = (): string => crypto.randomBytes(16).toString('hex');

export function collectionName(body: Body): string {
  const name = body.collectionName;
  if (typeof name !== 'string' || name.trim() === '') throw invalidParam('collectionName is required');
  if (name.length > 256) throw invalidParam('collectionName is too long');
  return name;
}

/** An EJSON field that must decode to an object; absent or empty means `{}`. */
export function objectField(body: Body, field: string, now: () => number): Doc {
  const raw = body[field];
  if (raw === undefined || raw === null || raw === '') return {};
  const value = decodeEjson(raw, now, field);
  if (!isPlainObject(value)) throw invalidParam(`${field} must be an object`);
  return value;
}

/** The `_id` storage key of a `queryType: "DOC"` request. */
export function docKey(query: Doc): string {
  const key = '_id' in query ? idKeyOf(query._id) : null;
  if (key === null) throw invalidParam('a DOC query needs a string or number _id');
  return key;
}

export function isDocQuery(body: Body): boolean {
  if (body.queryType === undefined || body.queryType === 'WHERE') return false;
  if (body.queryType === 'DOC') return true;
  throw invalidParam('queryType must be WHERE or DOC');
}

export function orderField(body: Body, now: () => number): SortSpec {
  const order = objectField(body, 'order', now);
  const spec: SortSpec = {};
  for (const [field, dir] of Object.entries(order)) {
    if (dir === 1 || dir === 'asc') spec[field] = 1;
    else if (dir === -1 || dir === 'desc') spec[field] = -1;
    else throw invalidParam(`order of ${field} must be 1 or -1`);
  }
  return spec;
}

function count(body: Body, field: string, fallback: number): number {
  const raw = body[field];
  if (raw === undefined || raw === null || raw === '') return fallback;
  const n = typeof raw === 'string' ? Number(raw) : raw;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw invalidParam(`${field} must be a non-negative integer`);
  return n;
}

/** As the SDK does: 100 when absent, at most 1000. */
export const limitField = (body: Body): number => Math.min(count(body, 'limit', DEFAULT_LIMIT) || DEFAULT_LIMIT, MAX_LIMIT);

export const offsetField = (body: Body): number => count(body, 'offset', 0);

export function flag(body: Body, field: string, fallback: boolean): boolean {
  const raw = body[field];
  if (raw === undefined || raw === null) return fallback;
  if (typeof raw !== 'boolean') throw invalidParam(`${field} must be a boolean`);
  return raw;
}

/** The documents of an insert: an array of EJSON strings (a single one is accepted too). */
export function insertData(body: Body, now: () => number): Doc[] {
  const raw = Array.isArray(body.data) ? body.data : body.data === undefined ? [] : [body.data];
  if (raw.length === 0) throw invalidParam('data must hold at least one document');
  return raw.map((item, i) => {
    const doc = decodeEjson(item, now, `data[${i}]`);
    if (!isPlainObject(doc)) throw invalidParam(`data[${i}] must be an object`);
    return doc;
  });
}

/** The update of a modify: an operator document, or a replacement when `merge` is false. */
export function updateData(body: Body, now: () => number): Doc {
  if (body.data === undefined || body.data === null || body.data === '') throw invalidParam('data is required');
  const data = decodeEjson(body.data, now, 'data');
  if (!isPlainObject(data)) throw invalidParam('data must be an object');
  return data;
}

export function transactionIdField(body: Body): string | undefined {
  const id = body.transactionId;
  if (id === undefined || id === null || id === '') return undefined;
  if (typeof id !== 'string') throw invalidParam('transactionId must be a string');
  return id;
}

/** Ids as the SDK expects them in `insertedIds`/`upsert_id`: strings stay, other types become text. */
export const wireId = (id: unknown): unknown => (typeof id === 'string' || typeof id === 'number' ? id : String(id));
