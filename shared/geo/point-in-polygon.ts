import { polygonsOf, type GridGeometry, type Position, type Ring } from './types';

export type RingSide = 'inside' | 'boundary' | 'outside';

// Coordinates are degrees with at most ~1e-7 of meaning (1 cm); this only absorbs float noise.
const EPS = 1e-12;

function onSegment([px, py]: Position, [ax, ay]: Position, [bx, by]: Position): boolean {
  const cross = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
  if (Math.abs(cross) > EPS * Math.max(1, Math.abs(bx - ax) + Math.abs(by - ay))) return false;
  return px >= Math.min(ax, bx) - EPS && px <= Math.max(ax, bx) + EPS && py >= Math.min(ay, by) - EPS && py <= Math.max(ay, by) + EPS;
}

/** Where a point lies against one closed ring (ray casting, with the ring's edges told apart). */
export function ringSide(p: Position, ring: Ring): RingSide {
  let inside = false;
  const [px, py] = p;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j];
    const b = ring[i];
    if (onSegment(p, a, b)) return 'boundary';
    if (a[1] > py !== b[1] > py && px < ((b[0] - a[0]) * (py - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside ? 'inside' : 'outside';
}

/**
 * True when the point lies in the closed polygon: its interior, its outline, or the edge of one of
 * its holes. A polygon is a closed set, so a point on the line between two neighbouring grids belongs
 * to both, and a point on a hole's edge belongs to the polygon around the hole; only points strictly
 * inside a hole are outside.
 */
export function pointInPolygon(p: Position, rings: Ring[]): boolean {
  if (rings.length === 0) return false;
  const outer = ringSide(p, rings[0]);
  if (outer === 'outside') return false;
  if (outer === 'boundary') return true;
  for (let h = 1; h < rings.length; h++) if (ringSide(p, rings[h]) === 'inside') return false;
  return true;
}

/** {@link pointInPolygon} for a Polygon or any part of a MultiPolygon. */
export function pointInGeometry(p: Position, geometry: GridGeometry): boolean {
  return polygonsOf(geometry).some((rings) => pointInPolygon(p, rings));
}
