import { resolve, setValue } from 'mingo/util';
import type { Doc } from './ejson-codec';
import { invalidParam } from './errors';
import { nearestDistance } from './geo-operators';
import { EARTH_RADIUS_M, toShape, type Position } from './geometry';
import { compileQuery } from './mingo-engine';

const isPlainObject = (v: unknown): v is Doc =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
const isPosition = (v: unknown): v is Position =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'number' && typeof v[1] === 'number';
const isGeoJson = (v: unknown): boolean => isPlainObject(v) && typeof v.type === 'string' && toShape(v) !== null;

/**
 * The field `$geoNear` measures when no `key` is given. MongoDB uses the collection's only geo index;
 * the emulator declares none, so it takes the one top-level field holding GeoJSON, and refuses to
 * guess between several.
 */
function geoField(docs: Doc[]): string | null {
  const fields = new Set<string>();
  for (const doc of docs) for (const [k, v] of Object.entries(doc)) if (isGeoJson(v)) fields.add(k);
  if (fields.size > 1) throw invalidParam(`$geoNear: more than one geo field (${[...fields].join(', ')}); give key`);
  return fields.values().next().value ?? null;
}

const optionalNumber = (spec: Doc, key: string): number | undefined => {
  const v = spec[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw invalidParam(`$geoNear ${key} must be a non-negative number`);
  return v;
};

/**
 * The `$geoNear` stage (only valid first): documents matching `query`, nearest first, each with its
 * distance in `distanceField` (metres for a GeoJSON `near`, radians for a legacy `[lng, lat]` pair),
 * limited by `minDistance`/`maxDistance`, scaled by `distanceMultiplier`, with the measured location
 * in `includeLocs` when asked.
 */
export function geoNearStage(docs: Doc[], spec: unknown): Doc[] {
  if (!isPlainObject(spec)) throw invalidParam('$geoNear takes an object');
  const { near, distanceField, key, includeLocs, query } = spec;
  if (typeof distanceField !== 'string' || distanceField === '') throw invalidParam('$geoNear requires a distanceField');
  const geoJson = isPlainObject(near) && near.type === 'Point' && isPosition(near.coordinates);
  const center = geoJson ? ((near as Doc).coordinates as Position) : near;
  if (!isPosition(center)) throw invalidParam('$geoNear requires near: a GeoJSON Point or [lng, lat]');
  if (key !== undefined && (typeof key !== 'string' || key === '')) throw invalidParam('$geoNear key must be a field name');
  if (query !== undefined && !isPlainObject(query)) throw invalidParam('$geoNear query must be an object');
  const unit = geoJson ? 1 : 1 / EARTH_RADIUS_M;
  const min = optionalNumber(spec, 'minDistance') ?? 0;
  const max = optionalNumber(spec, 'maxDistance') ?? Infinity;
  const multiplier = optionalNumber(spec, 'distanceMultiplier') ?? 1;
  const field = (key as string | undefined) ?? geoField(docs);
  if (field === null) return [];
  const filter = query ? compileQuery(query) : null;

  const found: { doc: Doc; d: number }[] = [];
  for (const doc of docs) {
    if (filter && !filter.test(doc)) continue;
    const d = nearestDistance(doc, field, center) * unit;
    if (Number.isFinite(d) && d >= min && d <= max) found.push({ doc, d });
  }
  found.sort((a, b) => a.d - b.d);
  return found.map(({ doc, d }) => {
    setValue(doc, distanceField, d * multiplier);
    if (typeof includeLocs === 'string' && includeLocs !== '') setValue(doc, includeLocs, resolve(doc, field));
    return doc;
  });
}
