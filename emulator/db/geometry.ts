/**
 * The little spherical and planar geometry the geo query operators need. Distances are great-circle
 * (haversine) on MongoDB's earth radius; containment and intersection are planar in lng/lat, which is
 * exact enough for the district-sized polygons this product stores (MongoDB uses geodesic edges).
 */
import { haversineMeters as sphericalDistance } from '../../shared/geo/distance';

export type Position = [number, number];

/** MongoDB's radius for `$centerSphere` radians and `$nearSphere` metres. */
export const EARTH_RADIUS_M = 6378100;

export function haversineMeters(a: Position, b: Position): number {
  return sphericalDistance(a, b, EARTH_RADIUS_M);
}

const isPosition = (v: unknown): v is Position =>
  Array.isArray(v) && v.length >= 2 && typeof v[0] === 'number' && typeof v[1] === 'number';

/** A geometry broken into what the predicates test: vertices, edges and polygons (rings). */
export interface Shape {
  points: Position[];
  segments: [Position, Position][];
  polygons: Position[][][];
}

function addLine(shape: Shape, line: unknown[], closed: boolean): void {
  const pts = line.filter(isPosition);
  shape.points.push(...pts);
  for (let i = 0; i + 1 < pts.length; i++) shape.segments.push([pts[i], pts[i + 1]]);
  if (closed && pts.length > 2) shape.segments.push([pts[pts.length - 1], pts[0]]);
}

/** Reads a GeoJSON geometry (or a legacy `[lng, lat]` pair); null when it is not one. */
export function toShape(value: unknown): Shape | null {
  if (isPosition(value)) return { points: [value], segments: [], polygons: [] };
  if (typeof value !== 'object' || value === null) return null;
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (!Array.isArray(coordinates)) return null;
  const shape: Shape = { points: [], segments: [], polygons: [] };
  const polygon = (rings: unknown[]): void => {
    const valid = rings.filter(Array.isArray) as Position[][];
    for (const ring of valid) addLine(shape, ring, true);
    if (valid.length > 0) shape.polygons.push(valid.map((r) => r.filter(isPosition)));
  };
  switch (type) {
    case 'Point':
      if (!isPosition(coordinates)) return null;
      shape.points.push(coordinates);
      break;
    case 'MultiPoint':
      shape.points.push(...coordinates.filter(isPosition));
      break;
    case 'LineString':
      addLine(shape, coordinates, false);
      break;
    case 'MultiLineString':
      for (const line of coordinates) if (Array.isArray(line)) addLine(shape, line, false);
      break;
    case 'Polygon':
      polygon(coordinates);
      break;
    case 'MultiPolygon':
      for (const p of coordinates) if (Array.isArray(p)) polygon(p);
      break;
    default:
      return null;
  }
  return shape;
}

/** Ray casting; the first ring is the outline, later rings are holes. Boundary points count as inside. */
export function pointInPolygon(p: Position, rings: Position[][]): boolean {
  const inRing = (ring: Position[]): boolean => {
    let inside = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (onSegment(p, ring[i], ring[j])) return true;
      if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
  if (rings.length === 0 || !inRing(rings[0])) return false;
  return !rings.slice(1).some((hole) => inRing(hole) && !hole.some((_, i) => onSegment(p, hole[i], hole[(i + 1) % hole.length])));
}

const cross = (o: Position, a: Position, b: Position): number => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

function onSegment(p: Position, a: Position, b: Position): boolean {
  return (
    Math.abs(cross(a, b, p)) < 1e-12 &&
    p[0] >= Math.min(a[0], b[0]) && p[0] <= Math.max(a[0], b[0]) &&
    p[1] >= Math.min(a[1], b[1]) && p[1] <= Math.max(a[1], b[1])
  );
}

function segmentsIntersect([a, b]: [Position, Position], [c, d]: [Position, Position]): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return onSegment(a, c, d) || onSegment(b, c, d) || onSegment(c, a, b) || onSegment(d, a, b);
}

/** True when the two geometries share at least one point. */
export function intersects(a: Shape, b: Shape): boolean {
  const inAny = (p: Position, s: Shape): boolean => s.polygons.some((rings) => pointInPolygon(p, rings));
  if (a.points.some((p) => inAny(p, b)) || b.points.some((p) => inAny(p, a))) return true;
  if (a.points.some((p) => b.points.some((q) => p[0] === q[0] && p[1] === q[1]))) return true;
  if (a.points.some((p) => b.segments.some(([s, e]) => onSegment(p, s, e)))) return true;
  if (b.points.some((p) => a.segments.some(([s, e]) => onSegment(p, s, e)))) return true;
  return a.segments.some((s) => b.segments.some((t) => segmentsIntersect(s, t)));
}

/** True when every vertex of `inner` lies in one of the polygons of `outer`. */
export function within(inner: Shape, outer: Shape): boolean {
  return inner.points.length > 0 && inner.points.every((p) => outer.polygons.some((rings) => pointInPolygon(p, rings)));
}
