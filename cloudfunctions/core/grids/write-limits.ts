/**
 * How much one database request may carry. CloudBase (WeChat 云开发) documents a 16 MB limit on a
 * database packet and MongoDB's 16 MB per document; the SDK sends a write as EJSON inside a JSON
 * string, where each coordinate takes about three times its size in the file. Imports stay far below:
 * at most 2 MB and 100 documents per request, so a request never comes near any gateway's limit and
 * a failed request costs little to repeat.
 */
export const MAX_REQUEST_BYTES = 2 * 1024 * 1024;
export const MAX_DOCS_PER_REQUEST = 100;
/** Room left in a request for everything but the documents. */
const ENVELOPE_BYTES = 4 * 1024;
/** The largest single document an import writes. */
export const MAX_DOC_BYTES = MAX_REQUEST_BYTES - ENVELOPE_BYTES;

function ejson(v: unknown): unknown {
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 2 ** 31 ? { $numberInt: String(v) } : { $numberDouble: String(v) };
  if (v instanceof Date) return { $date: { $numberLong: String(v.getTime()) } };
  if (Array.isArray(v)) return v.map(ejson);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, ejson(x)]));
  return v;
}

/** Bytes a document takes in a write request: EJSON, serialised, then quoted as a JSON string. */
export function wireBytes(doc: unknown): number {
  return Buffer.byteLength(JSON.stringify(JSON.stringify(ejson(doc))));
}

/** Splits documents into requests of at most MAX_DOCS_PER_REQUEST documents and MAX_REQUEST_BYTES. */
export function requestBatches<T>(docs: T[]): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = ENVELOPE_BYTES;
  for (const doc of docs) {
    const size = wireBytes(doc);
    if (current.length > 0 && (current.length >= MAX_DOCS_PER_REQUEST || bytes + size > MAX_REQUEST_BYTES)) {
      batches.push(current);
      current = [];
      bytes = ENVELOPE_BYTES;
    }
    current.push(doc);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
