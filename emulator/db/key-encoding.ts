import { ObjectId } from 'bson';

/**
 * Order-preserving index keys. SQLite compares TEXT byte by byte (BINARY collation), so each key is
 * a one-character type tag, in MongoDB's cross-type sort order, followed by a value encoding whose
 * byte order matches the value order within the type:
 *   2 number < 3 string < 7 ObjectId < 8 boolean < 9 Date
 * Strings compare as UTF-8 bytes, which is also how MongoDB compares them without a collation.
 * Values of other types (null, objects, arrays, regexes, NaN, unsafe longs) get no key: the planner
 * never uses an index for them, so leaving them out keeps index results a superset of the truth.
 */
export const TYPE_TAG = { number: '2', string: '3', objectId: '7', boolean: '8', date: '9' } as const;

const buffer = new DataView(new ArrayBuffer(8));

/** 16 hex digits whose lexicographic order is the numeric order of the float64 (IEEE-754 trick). */
export function encodeNumber(n: number): string {
  buffer.setFloat64(0, n === 0 ? 0 : n); // folds -0 into 0, as MongoDB compares them equal
  let hi = buffer.getUint32(0);
  let lo = buffer.getUint32(4);
  if (hi & 0x80000000) {
    hi = ~hi >>> 0; // negative: flip every bit so larger magnitudes sort first
    lo = ~lo >>> 0;
  } else {
    hi = (hi | 0x80000000) >>> 0; // positive: set the sign bit so they sort after negatives
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/** Returns the type tag of a key-able value, or null when the value cannot be indexed. */
export function typeTagOf(value: unknown): string | null {
  if (typeof value === 'number') return Number.isNaN(value) ? null : TYPE_TAG.number;
  if (typeof value === 'string') return TYPE_TAG.string;
  if (typeof value === 'boolean') return TYPE_TAG.boolean;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : TYPE_TAG.date;
  if (value instanceof ObjectId) return TYPE_TAG.objectId;
  return null;
}

/** The index key of a value, or null for values that are never indexed. */
export function encodeKey(value: unknown): string | null {
  const tag = typeTagOf(value);
  if (tag === null) return null;
  switch (tag) {
    case TYPE_TAG.number:
      return tag + encodeNumber(value as number);
    case TYPE_TAG.string:
      return tag + (value as string);
    case TYPE_TAG.boolean:
      return tag + (value ? '1' : '0');
    case TYPE_TAG.date:
      return tag + encodeNumber((value as Date).getTime());
    default:
      return tag + (value as ObjectId).toHexString();
  }
}

/** The first key of the next type: the exclusive upper end of a type bracket. */
export const typeBracketEnd = (tag: string): string => String.fromCharCode(tag.charCodeAt(0) + 1);

/**
 * The storage key of a document's `_id`. Ids are usually strings; other key-able ids are stored
 * with the same encoding, so `_id` range queries can walk the primary key.
 */
export function idKeyOf(id: unknown): string | null {
  return encodeKey(id);
}
