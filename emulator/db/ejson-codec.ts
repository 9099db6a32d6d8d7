import { EJSON } from 'bson';
import { invalidParam } from './errors';

/** A document as the query engine sees it: plain objects, numbers, strings, Date, ObjectId. */
export type Doc = Record<string, unknown>;

// bson refuses regex options it does not know (the SDK happily sends `g` from `/x/g`), and JS RegExp
// refuses `x`/`l`; each side gets only the flags it accepts.
const BSON_REGEX_FLAGS = new Set(['i', 'l', 'm', 's', 'u', 'x']);
const JS_REGEX_FLAGS = new Set(['i', 'm', 's', 'u']);

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

const filterFlags = (flags: unknown, allowed: Set<string>): string =>
  [...new Set(String(flags ?? ''))].filter((f) => allowed.has(f)).sort().join('');

function sanitizeRegexOptions(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) sanitizeRegexOptions(item);
  } else if (isPlainObject(node)) {
    const re = node.$regularExpression;
    if (isPlainObject(re)) re.options = filterFlags(re.options, BSON_REGEX_FLAGS);
    for (const value of Object.values(node)) sanitizeRegexOptions(value);
  }
}

/**
 * Turns bson's typed wrappers into the plain values mingo compares (Int32/Double -> number, a
 * safe Long -> number, BSONRegExp -> RegExp) and resolves `$tcb_server_date` to the server clock.
 * Mutates arrays and plain objects in place: they were freshly parsed for this call.
 */
function toPlain(value: unknown, now: () => number): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i], now);
    return value;
  }
  if (typeof value !== 'object' || value === null) return value;
  const bsontype = (value as { _bsontype?: string })._bsontype;
  if (bsontype === 'Int32' || bsontype === 'Double') return Number((value as { valueOf(): number }).valueOf());
  if (bsontype === 'Long') {
    const long = value as { toNumber(): number };
    return Number.isSafeInteger(long.toNumber()) ? long.toNumber() : value;
  }
  if (bsontype === 'BSONRegExp') {
    const re = value as { pattern: string; options: string };
    return new RegExp(re.pattern, filterFlags(re.options, JS_REGEX_FLAGS));
  }
  if (!isPlainObject(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === '$tcb_server_date') {
    const spec = toPlain(value.$tcb_server_date, now) as { offset?: unknown } | null;
    const offset = Number(spec?.offset ?? 0);
    return new Date(now() + (Number.isFinite(offset) ? offset : 0));
  }
  for (const key of keys) value[key] = toPlain(value[key], now);
  return value;
}

/**
 * Decodes one wire value: a canonical EJSON string (or an already parsed JSON tree) into plain JS.
 * Bad JSON or bad EJSON becomes INVALID_PARAM, never an exception of another kind.
 */
export function decodeEjson(input: unknown, now: () => number, what = 'value'): unknown {
  let tree: unknown = input;
  if (typeof input === 'string') {
    try {
      tree = JSON.parse(input);
    } catch {
      throw invalidParam(`${what} is not valid EJSON`);
    }
  }
  try {
    sanitizeRegexOptions(tree);
    return toPlain(EJSON.deserialize(tree as Doc, { relaxed: false }), now);
  } catch (err) {
    throw invalidParam(`${what} is not valid EJSON: ${(err as Error).message}`);
  }
}

/** Decodes a stored document; the text was written by {@link encodeEjson}, so it is trusted. */
export function decodeStored(text: string): Doc {
  return toPlain(EJSON.parse(text, { relaxed: false }), Date.now) as Doc;
}

/** Canonical EJSON, the form CloudBase answers with and the form documents are stored in. */
export function encodeEjson(value: unknown): string {
  return EJSON.stringify(value as Doc, { relaxed: false });
}

/** bson's canonical `{"$oid": hex}`, as it appears while a reply is being serialised. */
const oidAsHex = (_key: string, value: unknown): unknown => {
  if (!isPlainObject(value)) return value;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === '$oid' && typeof value.$oid === 'string' ? value.$oid : value;
};

/**
 * A document as CloudBase answers it: canonical EJSON, except that ObjectId values come back as their
 * hex strings (SDK 3.18.3 would turn `{"$oid": …}` into an empty object).
 */
export function encodeReply(value: unknown): string {
  return EJSON.stringify(value as Doc, oidAsHex as (this: unknown, key: string, value: unknown) => unknown, undefined, { relaxed: false });
}
