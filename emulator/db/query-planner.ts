import { encodeKey, typeBracketEnd, typeTagOf } from './key-encoding';
import type { KeyRange, SqliteStore, StoredRow } from './sqlite-store';

/** How candidates are fetched: exact keys (equality, `$in`) or one key range, on one field. */
export type Plan = { field: string; keys: string[] } | { field: string; range: KeyRange; twoSided: boolean };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** Field conditions that every match must satisfy: the top level plus `$and` branches, recursively. */
function conjuncts(query: Record<string, unknown>, out: [string, unknown][] = []): [string, unknown][] {
  for (const [field, cond] of Object.entries(query)) {
    if (field === '$and' && Array.isArray(cond)) {
      for (const branch of cond) if (isPlainObject(branch)) conjuncts(branch, out);
    } else if (!field.startsWith('$')) {
      out.push([field, cond]);
    }
  }
  return out;
}

function keysOf(values: unknown[]): string[] | null {
  const keys = new Set<string>();
  for (const v of values) {
    const key = encodeKey(v);
    if (key === null) return null;
    keys.add(key);
  }
  return [...keys];
}

/**
 * The index constraint implied by one field condition, or null. Ranges stay inside the type bracket
 * of their bound because MongoDB (and mingo) compare `$gt`/`$lt` only within one type.
 */
function constraintOf(field: string, cond: unknown, multikey: boolean): Plan | null {
  if (!isPlainObject(cond) || !Object.keys(cond).every((k) => k.startsWith('$'))) {
    const keys = isPlainObject(cond) ? null : keysOf([cond]);
    return keys ? { field, keys } : null;
  }
  if ('$eq' in cond) {
    const keys = keysOf([cond.$eq]);
    if (keys) return { field, keys };
  }
  if (Array.isArray(cond.$in)) {
    const keys = keysOf(cond.$in);
    if (keys) return { field, keys };
  }
  const lower = cond.$gt !== undefined ? { v: cond.$gt, inc: false } : cond.$gte !== undefined ? { v: cond.$gte, inc: true } : null;
  const upper = cond.$lt !== undefined ? { v: cond.$lt, inc: false } : cond.$lte !== undefined ? { v: cond.$lte, inc: true } : null;
  const loTag = lower ? typeTagOf(lower.v) : null;
  const hiTag = upper ? typeTagOf(upper.v) : null;
  // On a multikey field each bound may be met by a different element, so only one bound is usable.
  const both = loTag !== null && hiTag !== null && loTag === hiTag && !multikey;
  if (loTag !== null && lower) {
    const range: KeyRange = { lo: encodeKey(lower.v)!, loInclusive: lower.inc, hi: typeBracketEnd(loTag) };
    if (both && upper) Object.assign(range, { hi: encodeKey(upper.v)!, hiInclusive: upper.inc });
    return { field, range, twoSided: both };
  }
  if (hiTag !== null && upper) {
    return { field, range: { lo: hiTag, loInclusive: true, hi: encodeKey(upper.v)!, hiInclusive: upper.inc }, twoSided: false };
  }
  return null;
}

/** Intersects two ranges on a field that is not multikey (the `_.gt(a).and(_.lt(b))` shape). */
function intersect(a: Plan & { range: KeyRange }, b: Plan & { range: KeyRange }): Plan {
  const r: KeyRange = { ...a.range };
  if (b.range.lo !== undefined && (r.lo === undefined || b.range.lo > r.lo || (b.range.lo === r.lo && !b.range.loInclusive))) {
    Object.assign(r, { lo: b.range.lo, loInclusive: b.range.loInclusive });
  }
  if (b.range.hi !== undefined && (r.hi === undefined || b.range.hi < r.hi || (b.range.hi === r.hi && !b.range.hiInclusive))) {
    Object.assign(r, { hi: b.range.hi, hiInclusive: b.range.hiInclusive });
  }
  return { field: a.field, range: r, twoSided: true };
}

const rank = (p: Plan): number => ('keys' in p ? p.keys.length : p.twoSided ? 1e6 : 2e6);

/**
 * With several usable indexes, the one with the fewest entries wins; counting stops at the best
 * count so far, so estimating costs no more than reading the winner.
 */
function cheapest(store: SqliteStore, coll: string, plans: Plan[]): Plan {
  let best = plans[0];
  let bestCount = Infinity;
  for (const plan of [...plans].sort((a, b) => rank(a) - rank(b))) {
    const cap = Number.isFinite(bestCount) ? bestCount : Number.MAX_SAFE_INTEGER;
    const n = store.countIndexEntries(coll, plan.field, plan, cap);
    if (n < bestCount) [best, bestCount] = [plan, n];
  }
  return best;
}

/** Picks the most selective usable index for a query, or null for a full collection scan. */
export function planQuery(store: SqliteStore, coll: string, query: Record<string, unknown>): Plan | null {
  const indexed = new Set(['_id', ...store.fieldIndexes(coll).map((i) => i.field)]);
  const byField = new Map<string, Plan>();
  for (const [field, cond] of conjuncts(query)) {
    if (!indexed.has(field)) continue;
    const multikey = field !== '_id' && store.isMultikey(coll, field);
    const next = constraintOf(field, cond, multikey);
    if (!next) continue;
    const prev = byField.get(field);
    if (prev && 'range' in prev && 'range' in next && !multikey && prev.range.lo?.[0] === next.range.lo?.[0]) {
      byField.set(field, intersect(prev, next));
    } else if (!prev || rank(next) < rank(prev)) {
      byField.set(field, next);
    }
  }
  const plans = [...byField.values()];
  if (plans.length <= 1) return plans[0] ?? null;
  return cheapest(store, coll, plans);
}

/** Committed rows that may match `query`, in natural order, and the index used (null: full scan). */
export function candidateRows(store: SqliteStore, coll: string, query: Record<string, unknown>): { rows: StoredRow[]; index: string | null } {
  const plan = planQuery(store, coll, query);
  if (!plan) return { rows: store.scan(coll), index: null };
  if (plan.field === '_id') {
    return { rows: 'keys' in plan ? store.byIds(coll, plan.keys) : store.byIdRange(coll, plan.range), index: '_id' };
  }
  const rows = 'keys' in plan ? store.byIndexKeys(coll, plan.field, plan.keys) : store.byIndexRange(coll, plan.field, plan.range);
  return { rows, index: plan.field };
}
