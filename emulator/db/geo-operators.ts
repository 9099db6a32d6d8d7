import { resolve } from 'mingo/util';
import { invalidParam } from './errors';
import { EARTH_RADIUS_M, haversineMeters, intersects, pointInPolygon, toShape, within, type Position, type Shape } from './geometry';

type Predicate = (doc: Record<string, unknown>) => boolean;

const isPosition = (v: unknown): v is Position =>
  Array.isArray(v) && v.length >= 2 && typeof v[0] === 'number' && typeof v[1] === 'number';

/** Geometries stored at a field; a field reached through an array yields one per element. */
function fieldShapes(doc: Record<string, unknown>, selector: string): Shape[] {
  const value = resolve(doc, selector);
  if (value === undefined || value === null) return [];
  const values = Array.isArray(value) && !isPosition(value) ? value : [value];
  return values.map(toShape).filter((s): s is Shape => s !== null);
}

function geometryArg(spec: unknown, op: string): Shape {
  const shape = toShape((spec as { $geometry?: unknown } | null)?.$geometry);
  if (!shape) throw invalidParam(`${op} needs a GeoJSON $geometry`);
  return shape;
}

interface NearSpec {
  center: Position;
  min: number;
  max: number;
}

function nearSpec(spec: unknown): NearSpec {
  const s = (spec ?? {}) as { $geometry?: { coordinates?: unknown }; $maxDistance?: unknown; $minDistance?: unknown };
  const center = isPosition(spec) ? spec : s.$geometry?.coordinates;
  if (!isPosition(center)) throw invalidParam('$nearSphere needs a GeoJSON Point');
  const num = (v: unknown, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
  return { center, min: num(s.$minDistance, 0), max: num(s.$maxDistance, Infinity) };
}

/** Metres from the centre to the nearest vertex of a geometry (0 when the centre lies inside it). */
function distanceTo(shape: Shape, center: Position): number {
  if (shape.polygons.some((rings) => pointInPolygon(center, rings))) return 0;
  return Math.min(...shape.points.map((p) => haversineMeters(center, p)));
}

/** Metres from `center` to the nearest geometry stored at `selector`; Infinity when there is none. */
export const nearestDistance = (doc: Record<string, unknown>, selector: string, center: Position): number =>
  Math.min(Infinity, ...fieldShapes(doc, selector).map((s) => distanceTo(s, center)));

/** `{$nearSphere: {$geometry: Point, $maxDistance?, $minDistance?}}`, distances in metres. */
export function $nearSphere(selector: string, spec: unknown): Predicate {
  const { center, min, max } = nearSpec(spec);
  return (doc) => {
    const d = nearestDistance(doc, selector, center);
    return d >= min && d <= max;
  };
}

/** `{$geoWithin: {$geometry: Polygon|MultiPolygon}}` or `{$geoWithin: {$centerSphere: [[lng, lat], radians]}}`. */
export function $geoWithin(selector: string, spec: unknown): Predicate {
  const centerSphere = (spec as { $centerSphere?: unknown } | null)?.$centerSphere;
  if (centerSphere !== undefined) {
    const [center, radians] = Array.isArray(centerSphere) ? centerSphere : [];
    if (!isPosition(center) || typeof radians !== 'number') throw invalidParam('$centerSphere needs [[lng, lat], radians]');
    const limit = radians * EARTH_RADIUS_M;
    return (doc) => fieldShapes(doc, selector).some((s) => s.points.length > 0 && s.points.every((p) => haversineMeters(center, p) <= limit));
  }
  const area = geometryArg(spec, '$geoWithin');
  if (area.polygons.length === 0) throw invalidParam('$geoWithin needs a Polygon or MultiPolygon');
  return (doc) => fieldShapes(doc, selector).some((s) => within(s, area));
}

/** `{$geoIntersects: {$geometry}}`: the stored geometry and the given one share a point. */
export function $geoIntersects(selector: string, spec: unknown): Predicate {
  const other = geometryArg(spec, '$geoIntersects');
  return (doc) => fieldShapes(doc, selector).some((s) => intersects(s, other));
}

/**
 * `$nearSphere` results come back nearest first, as in MongoDB. Returns the distance function of the
 * query's `$nearSphere` (top level or a top-level `$and` branch), or null when there is none.
 */
export function nearSphereDistance(query: Record<string, unknown>): ((doc: Record<string, unknown>) => number) | null {
  const branches = [query, ...(Array.isArray(query.$and) ? query.$and : [])] as Record<string, unknown>[];
  for (const branch of branches) {
    for (const [field, cond] of Object.entries(branch ?? {})) {
      const spec = (cond as Record<string, unknown> | null)?.$nearSphere ?? (cond as Record<string, unknown> | null)?.$near;
      if (!field.startsWith('$') && spec !== undefined) {
        const { center } = nearSpec(spec);
        return (doc) => nearestDistance(doc, field, center);
      }
    }
  }
  return null;
}
