import { Query } from 'mingo/query';
import { evalExpr } from 'mingo/core';
import { $substrBytes as mingoSubstrBytes } from 'mingo/operators/expression/string';
import { isDate } from 'mingo/util';
import { invalidParam } from './errors';

/**
 * Operators whose mingo version differs from MongoDB in ways product code could notice, or that mingo
 * lacks. Each follows MongoDB's documented behaviour.
 */
type Options = Parameters<typeof evalExpr>[2];
type Doc = Record<string, unknown>;

const isPlainObject = (v: unknown): v is Doc =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** Logical operators inside `$elemMatch` make it a query on element documents, not on values. */
const DOCUMENT_OPERATORS = new Set(['$and', '$or', '$nor', '$expr', '$where', '$jsonSchema', '$text']);

/** The arrays a dot path reaches, walking through arrays of documents on the way. */
function arraysAt(node: unknown, parts: string[]): unknown[][] {
  if (parts.length === 0) return Array.isArray(node) ? [node] : [];
  if (Array.isArray(node)) {
    const [head, ...rest] = parts;
    const byIndex = /^\d+$/.test(head) ? arraysAt(node[Number(head)], rest) : [];
    return [...byIndex, ...node.flatMap((el) => (isPlainObject(el) ? arraysAt(el, parts) : []))];
  }
  return isPlainObject(node) ? arraysAt(node[parts[0]], parts.slice(1)) : [];
}

/**
 * `{field: {$elemMatch: spec}}`. With only value operators (`{$gt: 2}`) each element is the value
 * tested; with field conditions (`{value: {$exists: true}}`) only elements that are documents can
 * match, so `["Go", "C#"]` and `[1, 2, 3]` never do (mingo matches them).
 */
export function $elemMatch(selector: string, spec: unknown, options: Options): (doc: Doc) => boolean {
  if (!isPlainObject(spec)) throw invalidParam('$elemMatch takes an object');
  const keys = Object.keys(spec);
  const onValues = keys.length > 0 && keys.every((k) => k.startsWith('$') && !DOCUMENT_OPERATORS.has(k));
  const query = new Query(onValues ? { v: spec } : spec, options);
  const matches = onValues ? (el: unknown) => query.test({ v: el }) : (el: unknown) => isPlainObject(el) && query.test(el);
  return (doc) => arraysAt(doc, selector.split('.')).some((arr) => arr.some(matches));
}

const utf8Length = (s: string): number => Buffer.byteLength(s, 'utf8');

/**
 * `$substrBytes` (and its alias `$substr`): a negative length means "to the end of the string" in
 * MongoDB; mingo refuses it.
 */
function substrBytes(obj: unknown, expr: unknown, options: Options): unknown {
  if (!Array.isArray(expr) || expr.length !== 3) throw invalidParam('$substrBytes takes [string, start, length]');
  const [str, start, count] = evalExpr(obj, expr, options) as [unknown, unknown, unknown];
  if (typeof str !== 'string' || typeof start !== 'number' || typeof count !== 'number' || count >= 0) {
    return mingoSubstrBytes(obj as Doc, [{ $literal: str }, { $literal: start }, { $literal: count }], options);
  }
  return mingoSubstrBytes(obj as Doc, [{ $literal: str }, { $literal: start }, { $literal: Math.max(0, utf8Length(str) - start) }], options);
}

/** `$indexOfCP`: the code-point index of the first occurrence, -1 when absent, null for a null string. */
function indexOfCP(obj: unknown, expr: unknown, options: Options): unknown {
  if (!Array.isArray(expr) || expr.length < 2 || expr.length > 4) throw invalidParam('$indexOfCP takes [string, substring, start?, end?]');
  const [str, sub, startArg, endArg] = evalExpr(obj, expr, options) as unknown[];
  if (str === null || str === undefined) return null;
  if (typeof str !== 'string' || typeof sub !== 'string') throw invalidParam('$indexOfCP needs strings');
  const chars = [...str];
  const needle = [...sub];
  const start = startArg ?? 0;
  const end = endArg ?? chars.length;
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) < 0) {
    throw invalidParam('$indexOfCP start and end must be non-negative integers');
  }
  const last = Math.min(end as number, chars.length) - needle.length;
  for (let i = start as number; i <= last; i++) if (needle.every((c, j) => chars[i + j] === c)) return i;
  return -1;
}

/** Milliseconds to add to UTC to get wall-clock time in `tz` ("+08:00", "-0530", "+08" or an Olson name). */
function tzOffsetMs(date: Date, tz: string): number {
  const fixed = /^([+-])(\d{2}):?(\d{2})?$/.exec(tz);
  if (fixed) return (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3] ?? 0)) * 60_000;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    }).formatToParts(date);
  } catch {
    throw invalidParam(`unrecognized time zone identifier: ${tz}`);
  }
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - (date.getTime() - date.getUTCMilliseconds());
}

/**
 * `$week`: MongoDB's `%U`, weeks starting on Sunday, days before the year's first Sunday in week 0
 * (0-53). mingo counts one more for some dates.
 */
function week(obj: unknown, expr: unknown, options: Options): unknown {
  const value = evalExpr(obj, expr, options) as unknown;
  if (value === null || value === undefined) return null;
  const spec = isPlainObject(value) ? value : { date: value };
  const date = spec.date;
  if (date === null || date === undefined) return null;
  if (!isDate(date)) throw invalidParam('$week needs a date');
  const local = new Date(date.getTime() + (typeof spec.timezone === 'string' ? tzOffsetMs(date, spec.timezone) : 0));
  const yday = Math.floor((Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - Date.UTC(local.getUTCFullYear(), 0, 1)) / 86_400_000);
  return Math.floor((yday + 7 - local.getUTCDay()) / 7);
}

export const EXPRESSION_OPERATORS = { $substrBytes: substrBytes, $substr: substrBytes, $indexOfCP: indexOfCP, $week: week };
