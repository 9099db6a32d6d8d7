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

interface Size {
  bytes: number;
  /** Quotes and backslashes, each escaped once more when the EJSON text is sent as a string. */
  escaped: number;
}

const escapes = (json: string): number => {
  let n = 0;
  for (let i = 0; i < json.length; i++) if (json[i] === '"' || json[i] === '\\') n += 1;
  return n;
};

/** Adds the size of `v` in EJSON text (numbers as {"$numberDouble":"..."}, dates as {"$date":...}). */
function measure(v: unknown, size: Size): void {
  if (typeof v === 'number') {
    const text = String(v);
    size.bytes += (Number.isInteger(v) && Math.abs(v) < 2 ** 31 ? 17 : 20) + text.length;
    size.escaped += 4;
  } else if (typeof v === 'string') {
    const json = JSON.stringify(v);
    size.bytes += Buffer.byteLength(json);
    size.escaped += escapes(json);
  } else if (v instanceof Date) {
    size.bytes += 28 + String(v.getTime()).length;
    size.escaped += 6;
  } else if (Array.isArray(v)) {
    size.bytes += 2 + Math.max(0, v.length - 1);
    for (const x of v) measure(x, size);
  } else if (v && typeof v === 'object') {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    size.bytes += 2 + Math.max(0, entries.length - 1);
    for (const [k, x] of entries) {
      const key = JSON.stringify(k);
      size.bytes += Buffer.byteLength(key) + 1;
      size.escaped += escapes(key);
      measure(x, size);
    }
  } else {
    size.bytes += String(v).length;
  }
}

/**
 * Bytes a document takes in a write request: EJSON text, quoted as a JSON string (every quote and
 * backslash escaped), counted without building either.
 */
export function wireBytes(doc: unknown): number {
  const size: Size = { bytes: 0, escaped: 0 };
  measure(doc, size);
  return size.bytes + size.escaped + 2;
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
