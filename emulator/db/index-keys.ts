import { encodeKey } from './key-encoding';

/** The declared index of one collection field (see cloudfunctions/core/indexes.ts). */
export interface FieldIndex {
  field: string;
  unique: boolean;
}

export interface DocKeys {
  /** Distinct encoded keys of the values found at the field. */
  keys: string[];
  /** True when an array was crossed on the way: range bounds can then not be intersected. */
  multikey: boolean;
}

/**
 * Collects every value reachable at a dot path the way MongoDB's query matching does: arrays met
 * along the path are expanded (also by numeric position), and arrays at the end contribute their
 * elements (nested ones too). Collecting more than MongoDB would is harmless because the full query
 * is re-checked on every candidate; collecting less would lose results.
 */
function collect(value: unknown, parts: string[], i: number, out: unknown[], seen: { array: boolean }): void {
  if (Array.isArray(value)) {
    seen.array = true;
    if (i < parts.length && /^\d+$/.test(parts[i])) collect(value[Number(parts[i])], parts, i + 1, out, seen);
    for (const item of value) collect(item, parts, i, out, seen);
    return;
  }
  if (i === parts.length) {
    out.push(value);
    return;
  }
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    collect((value as Record<string, unknown>)[parts[i]], parts, i + 1, out, seen);
  }
}

/** Index keys of one document for one field. */
export function keysForField(doc: Record<string, unknown>, field: string): DocKeys {
  const values: unknown[] = [];
  const seen = { array: false };
  collect(doc, field.split('.'), 0, values, seen);
  const keys = new Set<string>();
  for (const value of values) {
    const key = encodeKey(value);
    if (key !== null) keys.add(key);
  }
  return { keys: [...keys], multikey: seen.array };
}
