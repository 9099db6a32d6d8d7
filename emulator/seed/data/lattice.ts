import type { Position, Ring } from '../../../shared/geo';

/**
 * Demo grid outlines drawn from a lattice: neighbouring cells share their corners and the kinked
 * midpoints of their shared edges, so the grids tile a district without gaps or overlaps while not
 * looking like a chessboard. Jitter stays well under a quarter of a cell, so no outline crosses itself.
 */
export interface Lattice {
  west: number;
  south: number;
  /** Cell width and height in degrees. */
  dx: number;
  dy: number;
  /** Largest corner shift as a share of the cell size. */
  jitter: number;
  seed: number;
}

/** A number in [-1, 1) fixed by the inputs. */
function noise(seed: number, a: number, b: number, c: number): number {
  let h = (seed * 374761393 + a * 668265263 + b * 2147483647 + c * 1274126177) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 1274126177) >>> 0;
  h = (h ^ (h >>> 16)) >>> 0;
  return (h / 2 ** 32) * 2 - 1;
}

const round = (v: number): number => Math.round(v * 1e6) / 1e6;

function corner(l: Lattice, i: number, j: number): Position {
  return [round(l.west + i * l.dx + noise(l.seed, i, j, 1) * l.jitter * l.dx), round(l.south + j * l.dy + noise(l.seed, i, j, 2) * l.jitter * l.dy)];
}

/** Midpoint of the edge from corner (i, j) along x (`h`) or y (`v`), pushed sideways a little. */
function kink(l: Lattice, i: number, j: number, dir: 'h' | 'v'): Position {
  const a = corner(l, i, j);
  const b = dir === 'h' ? corner(l, i + 1, j) : corner(l, i, j + 1);
  const push = noise(l.seed, i, j, dir === 'h' ? 3 : 4) * l.jitter * 0.8;
  return dir === 'h'
    ? [round((a[0] + b[0]) / 2), round((a[1] + b[1]) / 2 + push * l.dy)]
    : [round((a[0] + b[0]) / 2 + push * l.dx), round((a[1] + b[1]) / 2)];
}

/** The closed outline of cell (col, row), anticlockwise from its south-west corner. */
export function latticeCell(l: Lattice, col: number, row: number): Ring {
  const sw = corner(l, col, row);
  return [
    sw,
    kink(l, col, row, 'h'),
    corner(l, col + 1, row),
    kink(l, col + 1, row, 'v'),
    corner(l, col + 1, row + 1),
    kink(l, col, row + 1, 'h'),
    corner(l, col, row + 1),
    kink(l, col, row, 'v'),
    sw,
  ];
}

/** A small closed ring around a centre, clockwise (the orientation of a hole). */
export function holeRing([cx, cy]: Position, halfWidth: number, halfHeight: number): Ring {
  const pts: Ring = [];
  for (let k = 0; k < 8; k++) {
    const a = -(k / 8) * 2 * Math.PI;
    const r = 0.8 + 0.2 * ((k * 7) % 3) / 2;
    pts.push([round(cx + Math.cos(a) * halfWidth * r), round(cy + Math.sin(a) * halfHeight * r)]);
  }
  pts.push(pts[0]);
  return pts;
}
