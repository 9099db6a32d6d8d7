import type { ZodTypeAny } from 'zod';
import type { Rng } from './rng';
import { valuesForKey } from './values';

/** What a generator draws plausible strings and ids from. */
export interface SamplePool {
  strings: string[];
  /** Ids of real documents (residents, slots, teams, ...), so valid inputs reach past "not found". */
  ids: string[];
  /** The same by field name (`residentId` -> resident ids), tried first for that field. */
  idsByField?: Record<string, string[]>;
  /** The clock date-times are drawn around (fixed, so a case replays exactly). */
  now: Date;
}

type Check = { kind: string; value?: number; regex?: RegExp; inclusive?: boolean };
type Def = { typeName: string; [key: string]: unknown };

const defOf = (schema: ZodTypeAny): Def => schema._def as Def;

function stringFor(def: Def, r: Rng, pool: SamplePool, key: string): string {
  const checks = (def.checks as Check[] | undefined) ?? [];
  const min = checks.find((c) => c.kind === 'min' || c.kind === 'length')?.value ?? 0;
  const max = checks.find((c) => c.kind === 'max' || c.kind === 'length')?.value ?? 200;
  const regex = checks.find((c) => c.kind === 'regex')?.regex;
  const fits = (s: string) => s.length >= min && s.length <= max && (!regex || regex.test(s));
  // Fields named like ids are given real ids most of the time.
  const ofField = pool.idsByField?.[key];
  if (ofField && ofField.length > 0 && r.chance(0.85)) return r.pick(ofField);
  if (/id$/i.test(key) && pool.ids.length > 0 && r.chance(0.8)) return r.pick(pool.ids);
  const hinted = r.chance(0.8) ? valuesForKey(key, pool.now) : null;
  if (hinted) return r.pick(hinted);
  if (checks.some((c) => c.kind === 'datetime')) return new Date(pool.now.getTime() + r.int(-5, 5) * 3_600_000).toISOString();
  for (let i = 0; i < 12; i += 1) {
    const s = r.pick(pool.strings);
    if (fits(s)) return s;
  }
  if (regex?.source === '^[0-9a-f]{64}$') return 'ab'.repeat(32);
  const digits = regex ? /^\^\\d\{(\d+)\}\$$/.exec(regex.source) : null;
  if (digits) return Array.from({ length: Number(digits[1]) }, () => r.int(0, 9)).join('');
  return '测'.repeat(Math.max(min, Math.min(max, r.int(2, 8))));
}

function numberFor(def: Def, r: Rng): number {
  const checks = (def.checks as Check[] | undefined) ?? [];
  const int = checks.some((c) => c.kind === 'int');
  const minCheck = checks.find((c) => c.kind === 'min');
  const maxCheck = checks.find((c) => c.kind === 'max');
  const lo = minCheck ? (minCheck.value ?? 0) + (minCheck.inclusive === false ? 1 : 0) : -10;
  const hi = maxCheck ? (maxCheck.value ?? 0) - (maxCheck.inclusive === false ? 1 : 0) : Math.max(lo + 100, 100);
  const value = lo + r.next() * (hi - lo);
  return int ? Math.round(value) : Math.round(value * 10) / 10;
}

/**
 * A value drawn from `schema`: it walks the zod definition (objects, arrays, unions, enums, strings
 * with their length and pattern checks, numbers with their bounds) and aims at a valid value.
 * Refinements it cannot see (a calendar day, two times in order) are met often enough by drawing
 * strings from the pool, and a value that misses one is still a useful case.
 */
export function sample(schema: ZodTypeAny, r: Rng, pool: SamplePool, key = '', depth = 0): unknown {
  const def = defOf(schema);
  switch (def.typeName) {
    case 'ZodString': return stringFor(def, r, pool, key);
    case 'ZodNumber': return numberFor(def, r);
    case 'ZodBigInt': return r.int(0, 100);
    case 'ZodBoolean': return r.chance(0.5);
    case 'ZodDate': return pool.now.toISOString();
    case 'ZodLiteral': return def.value;
    case 'ZodEnum': return r.pick(def.values as string[]);
    case 'ZodNativeEnum': return r.pick(Object.values(def.values as object));
    case 'ZodNull': return null;
    case 'ZodUndefined': case 'ZodVoid': return undefined;
    case 'ZodAny': case 'ZodUnknown': return r.pick(['x', 1, null, { a: 1 }]);
    case 'ZodOptional': return r.chance(0.3) || depth > 6 ? undefined : sample(def.innerType as ZodTypeAny, r, pool, key, depth);
    case 'ZodNullable': return r.chance(0.2) ? null : sample(def.innerType as ZodTypeAny, r, pool, key, depth);
    case 'ZodDefault': return r.chance(0.3) ? undefined : sample(def.innerType as ZodTypeAny, r, pool, key, depth);
    case 'ZodCatch': case 'ZodBranded': case 'ZodReadonly':
      return sample((def.innerType ?? def.type) as ZodTypeAny, r, pool, key, depth);
    case 'ZodEffects': return sample(def.schema as ZodTypeAny, r, pool, key, depth);
    case 'ZodPipeline': return sample(def.in as ZodTypeAny, r, pool, key, depth);
    case 'ZodLazy': return depth > 6 ? undefined : sample((def.getter as () => ZodTypeAny)(), r, pool, key, depth + 1);
    case 'ZodUnion': case 'ZodDiscriminatedUnion': {
      const options = def.options instanceof Map ? [...def.options.values()] : (def.options as ZodTypeAny[]);
      return sample(r.pick(options), r, pool, key, depth + 1);
    }
    case 'ZodArray': {
      const min = (def.minLength as { value: number } | null)?.value ?? (def.exactLength as { value: number } | null)?.value ?? 0;
      const max = (def.maxLength as { value: number } | null)?.value ?? (def.exactLength as { value: number } | null)?.value ?? min + 3;
      const n = r.int(min, Math.min(max, min + 3));
      const items = Array.from({ length: n }, () => sample(def.type as ZodTypeAny, r, pool, key, depth + 1));
      // Lists of choices are mostly refused with repeats, so repeats are dropped (their order is kept).
      return items.every((v) => typeof v !== 'object') ? [...new Set(items)] : items;
    }
    case 'ZodTuple': return (def.items as ZodTypeAny[]).map((item) => sample(item, r, pool, key, depth + 1));
    case 'ZodRecord': return { [stringFor({ typeName: 'ZodString' }, r, pool, '')]: sample(def.valueType as ZodTypeAny, r, pool, '', depth + 1) };
    case 'ZodObject': {
      const shape = (def.shape as () => Record<string, ZodTypeAny>)();
      const out: Record<string, unknown> = {};
      for (const [field, child] of Object.entries(shape)) {
        const value = sample(child, r, pool, field, depth + 1);
        if (value !== undefined) out[field] = value;
      }
      return out;
    }
    default: return null;
  }
}

/** Dot paths of every place in a value, for picking one to corrupt. */
export function pathsOf(value: unknown, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}
