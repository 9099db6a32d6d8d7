import Flatbush from 'flatbush';
import { segmentsIntersect } from './segments';
import type { Position, Ring } from './types';

/** One edge: ring `ring` of the indexed list, from its position `edge` to the next. */
export interface EdgeRef {
  ring: number;
  edge: number;
}

export interface Contact {
  a: EdgeRef;
  b: EdgeRef;
  /** A point the two edges share: where they cross, or where one touches the other. */
  at: Position;
}

const orient = (a: Position, b: Position, c: Position): number => (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);

/** A point shared by the closed segments ab and cd, which must intersect. */
export function contactPoint(a: Position, b: Position, c: Position, d: Position): Position {
  const denom = (b[0] - a[0]) * (d[1] - c[1]) - (b[1] - a[1]) * (d[0] - c[0]);
  if (denom !== 0) {
    const t = ((c[0] - a[0]) * (d[1] - c[1]) - (c[1] - a[1]) * (d[0] - c[0])) / denom;
    if (t >= 0 && t <= 1) return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
  }
  // Parallel (overlapping) or touching at an end: an end of one lies on the other.
  for (const [p, [s, e]] of [[c, [a, b]], [d, [a, b]], [a, [c, d]], [b, [c, d]]] as Array<[Position, [Position, Position]]>) {
    if (orient(s, e, p) === 0 && segmentsIntersect(p, p, s, e)) return p;
  }
  return a;
}

/** True when ab and cd cross at a single point inside both (not at an end, not along a line). */
export function crossProperly(a: Position, b: Position, c: Position, d: Position): boolean {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  return ((o1 > 0 && o2 < 0) || (o1 < 0 && o2 > 0)) && ((o3 > 0 && o4 < 0) || (o3 < 0 && o4 > 0));
}

/**
 * The edges of closed rings in a packed R-tree (flatbush), so that finding the edges near one edge
 * costs a logarithmic search instead of a scan: validating a file of 200,000 vertices takes a second,
 * not a minute.
 */
export class EdgeIndex {
  private readonly index: Flatbush;
  private readonly refs: EdgeRef[] = [];

  constructor(readonly rings: Ring[]) {
    const total = rings.reduce((n, r) => n + Math.max(0, r.length - 1), 0);
    this.index = new Flatbush(Math.max(1, total));
    rings.forEach((ring, r) => {
      for (let i = 0; i + 1 < ring.length; i++) {
        const [a, b] = [ring[i], ring[i + 1]];
        this.index.add(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
        this.refs.push({ ring: r, edge: i });
      }
    });
    if (total === 0) this.index.add(0, 0, 0, 0);
    this.index.finish();
  }

  get size(): number {
    return this.refs.length;
  }

  ref(id: number): EdgeRef {
    return this.refs[id];
  }

  ends({ ring, edge }: EdgeRef): [Position, Position] {
    return [this.rings[ring][edge], this.rings[ring][edge + 1]];
  }

  /** Ids of the edges whose boxes touch the box. */
  near(minX: number, minY: number, maxX: number, maxY: number): number[] {
    return this.refs.length === 0 ? [] : this.index.search(minX, minY, maxX, maxY);
  }

  /**
   * Whether a point off every edge is inside the rings by the even-odd rule (an outline's inside
   * minus its holes' insides), counting only the edges that cross the ray eastward from it.
   */
  encloses([px, py]: Position, east: number): boolean {
    let inside = false;
    for (const id of this.near(px, py, east, py)) {
      const [a, b] = this.ends(this.refs[id]);
      if (a[1] > py !== b[1] > py && px < ((b[0] - a[0]) * (py - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
    }
    return inside;
  }

  /**
   * Every pair of edges that share a point, except neighbours in one ring sharing their common
   * corner, each pair once; stops after `limit` pairs. `skip` leaves out pairs of rings not worth
   * comparing.
   */
  contacts(limit: number, skip?: (ringA: number, ringB: number) => boolean): Contact[] {
    const found: Contact[] = [];
    for (let id = 0; id < this.refs.length && found.length < limit; id++) {
      const a = this.refs[id];
      const [p, q] = this.ends(a);
      for (const other of this.near(Math.min(p[0], q[0]), Math.min(p[1], q[1]), Math.max(p[0], q[0]), Math.max(p[1], q[1]))) {
        if (other <= id) continue;
        const b = this.refs[other];
        if (skip?.(a.ring, b.ring)) continue;
        if (a.ring === b.ring && this.neighbours(a.ring, a.edge, b.edge)) continue;
        const [r, s] = this.ends(b);
        if (!segmentsIntersect(p, q, r, s)) continue;
        found.push({ a, b, at: contactPoint(p, q, r, s) });
        if (found.length >= limit) break;
      }
    }
    return found;
  }

  private neighbours(ring: number, i: number, j: number): boolean {
    const edges = this.rings[ring].length - 1;
    const [lo, hi] = i < j ? [i, j] : [j, i];
    return hi === lo + 1 || (lo === 0 && hi === edges - 1);
  }
}

/** A position rounded for people: 7 decimals (about a centimetre). */
export function showPosition([lng, lat]: Position): string {
  const r = (v: number): number => Math.round(v * 1e7) / 1e7;
  return `[${r(lng)}, ${r(lat)}]`;
}
