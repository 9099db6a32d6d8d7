import Flatbush from 'flatbush';
import { crossProperly, contactPoint, EdgeIndex } from './edge-index';
import { polygonsOf, type BBox, type GridGeometry, type Position, type Ring } from './types';

export interface OverlapCandidate {
  geometry: GridGeometry;
  bbox: BBox;
  /** An inside point (the label point), which settles identical or nested grids. */
  inside: Position;
}

export interface Overlap {
  a: number;
  b: number;
  /** A point in both grids' interiors, or where their outlines cross. */
  at: Position;
}

/**
 * Closer than this (degrees, about a millimetre) counts as touching: neighbours drawn from one source
 * share their outline up to float noise, which is no overlap.
 */
const TOUCH = 1e-8;

/** Distance from p to the segment ab, in degrees. */
function distance([px, py]: Position, [ax, ay]: Position, [bx, by]: Position): number {
  const [dx, dy] = [bx - ax, by - ay];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const onSegment = (p: Position, a: Position, b: Position): boolean => distance(p, a, b) <= TOUCH;

/** True when ab and cd cross with every end clearly (more than TOUCH) off the other's line. */
function crossClearly(a: Position, b: Position, c: Position, d: Position): boolean {
  if (!crossProperly(a, b, c, d)) return false;
  return distance(c, a, b) > TOUCH && distance(d, a, b) > TOUCH && distance(a, c, d) > TOUCH && distance(b, c, d) > TOUCH;
}

/**
 * True when the point is strictly inside the geometry (not on any ring): off every edge near it, and
 * inside by the even-odd count along a ray to the nearest side of the geometry's box, so a point near
 * the outline crosses few edges however long that outline is.
 */
function strictlyInside(p: Position, edges: EdgeIndex, box: BBox): boolean {
  const [px, py] = p;
  for (const id of edges.near(px - TOUCH, py - TOUCH, px + TOUCH, py + TOUCH)) {
    const [a, b] = edges.ends(edges.ref(id));
    if (onSegment(p, a, b)) return false;
  }
  const [west, east, south, north] = [px - box.west, box.east - px, py - box.south, box.north - py];
  const nearest = Math.min(west, east, south, north);
  if (nearest < 0) return false;
  let inside = false;
  if (nearest === west || nearest === east) {
    const toEast = nearest === east;
    for (const id of toEast ? edges.near(px, py, box.east + 1, py) : edges.near(box.west - 1, py, px, py)) {
      const [a, b] = edges.ends(edges.ref(id));
      if (a[1] > py === b[1] > py) continue;
      const x = ((b[0] - a[0]) * (py - a[1])) / (b[1] - a[1]) + a[0];
      if (toEast ? px < x : px > x) inside = !inside;
    }
  } else {
    const toNorth = nearest === north;
    for (const id of toNorth ? edges.near(px, py, px, box.north + 1) : edges.near(px, box.south - 1, px, py)) {
      const [a, b] = edges.ends(edges.ref(id));
      if (a[0] > px === b[0] > px) continue;
      const y = ((b[1] - a[1]) * (px - a[0])) / (b[0] - a[0]) + a[1];
      if (toNorth ? py < y : py > y) inside = !inside;
    }
  }
  return inside;
}

const inBox = ([x, y]: Position, b: BBox): boolean => x >= b.west && x <= b.east && y >= b.south && y <= b.north;

/** Vertices and edge midpoints of the rings that lie in the box: where an overlap would show. */
function probes(rings: Ring[], box: BBox): Position[] {
  const out: Position[] = [];
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [a, b] = [ring[i], ring[i + 1]];
      if (inBox(a, box)) out.push(a);
      const mid: Position = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
      if (inBox(mid, box)) out.push(mid);
    }
  }
  return out;
}

/**
 * Pairs of grids whose interiors overlap (一格一团队: a home belongs to one grid). Neighbours sharing
 * an outline, or touching at a corner, do not overlap. Found through a packed R-tree of the grids'
 * boxes and, per pair, of their edges: outlines crossing, a vertex or edge midpoint of one strictly
 * inside the other, or one's inside point strictly inside the other. `compare` leaves out pairs not
 * worth checking (two grids already in force, say). One overlap per pair, at most `limit`.
 */
export function findOverlaps(grids: OverlapCandidate[], compare: (a: number, b: number) => boolean, limit = 100): Overlap[] {
  if (grids.length < 2) return [];
  const boxes = new Flatbush(grids.length);
  for (const g of grids) boxes.add(g.bbox.west, g.bbox.south, g.bbox.east, g.bbox.north);
  boxes.finish();
  const rings = grids.map((g) => polygonsOf(g.geometry).flat());
  const indexes = new Map<number, EdgeIndex>();
  const edgesOf = (i: number): EdgeIndex => {
    let index = indexes.get(i);
    if (!index) indexes.set(i, (index = new EdgeIndex(rings[i])));
    return index;
  };

  const overlapAt = (i: number, j: number): Position | null => {
    const [a, b] = [edgesOf(i), edgesOf(j)];
    for (let id = 0; id < a.size; id++) {
      const [p, q] = a.ends(a.ref(id));
      for (const other of b.near(Math.min(p[0], q[0]), Math.min(p[1], q[1]), Math.max(p[0], q[0]), Math.max(p[1], q[1]))) {
        const [r, s] = b.ends(b.ref(other));
        if (crossClearly(p, q, r, s)) return contactPoint(p, q, r, s);
      }
    }
    for (const [from, to, index] of [
      [i, j, b],
      [j, i, a],
    ] as const) {
      const box = grids[to].bbox;
      const points = [grids[from].inside, ...probes(rings[from], box)];
      const hit = points.find((pt) => inBox(pt, box) && strictlyInside(pt, index, box));
      if (hit) return hit;
    }
    return null;
  };

  const found: Overlap[] = [];
  for (let i = 0; i < grids.length && found.length < limit; i++) {
    const { west, south, east, north } = grids[i].bbox;
    for (const j of boxes.search(west, south, east, north).sort((x, y) => x - y)) {
      if (j <= i || !compare(i, j)) continue;
      const at = overlapAt(i, j);
      if (at) found.push({ a: i, b: j, at });
      if (found.length >= limit) break;
    }
  }
  return found;
}
