import type { Position } from './types';

const orient = (a: Position, b: Position, c: Position): number => (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
const sign = (v: number): number => (v > 0 ? 1 : v < 0 ? -1 : 0);

const within = (a: Position, b: Position, p: Position): boolean =>
  p[0] >= Math.min(a[0], b[0]) && p[0] <= Math.max(a[0], b[0]) && p[1] >= Math.min(a[1], b[1]) && p[1] <= Math.max(a[1], b[1]);

/** True when the closed segments `ab` and `cd` share at least one point (touching counts). */
export function segmentsIntersect(a: Position, b: Position, c: Position, d: Position): boolean {
  const o1 = sign(orient(a, b, c));
  const o2 = sign(orient(a, b, d));
  const o3 = sign(orient(c, d, a));
  const o4 = sign(orient(c, d, b));
  if (o1 !== o2 && o3 !== o4) return true;
  if (o1 === 0 && within(a, b, c)) return true;
  if (o2 === 0 && within(a, b, d)) return true;
  if (o3 === 0 && within(c, d, a)) return true;
  if (o4 === 0 && within(c, d, b)) return true;
  return false;
}

/** True when `ab` and `bc` (sharing `b`) run back over each other: a spike in a ring. */
export function foldsBack(a: Position, b: Position, c: Position): boolean {
  if (orient(a, b, c) !== 0) return false;
  return (a[0] - b[0]) * (c[0] - b[0]) + (a[1] - b[1]) * (c[1] - b[1]) > 0;
}
