import type { Position } from './types';

/** What {@link repairRing} changed in one ring. */
export interface RingRepairs {
  /** Positions equal to the one before them (the closing position of a closed ring not counted). */
  duplicates: number;
  /** Out-and-back excursions that return to the very point they left: A → B → A. */
  spikes: number;
  /** A → B → C on one line with C back towards A: the boundary runs back over itself. */
  backtracks: number;
  /** Rings whose last position was not the first, closed by repeating it. */
  closed: number;
}

export const NO_REPAIRS: RingRepairs = { duplicates: 0, spikes: 0, backtracks: 0, closed: 0 };

const same = (a: Position, b: Position): boolean => a[0] === b[0] && a[1] === b[1];

/**
 * How the boundary turns at `b`: 'spike' when it comes straight back to `a`, 'backtrack' when it runs
 * back along the line it came on, otherwise null. "Straight" allows for the float noise of quantised
 * coordinates: the sine of the angle between the two edges is under 1e-9 (a micrometre over a km).
 */
function foldAt(a: Position, b: Position, c: Position): 'spike' | 'backtrack' | null {
  const ux = b[0] - a[0];
  const uy = b[1] - a[1];
  const vx = c[0] - b[0];
  const vy = c[1] - b[1];
  if (ux * vx + uy * vy >= 0) return null;
  const cross = ux * vy - uy * vx;
  if (Math.abs(cross) > 1e-9 * Math.hypot(ux, uy) * Math.hypot(vx, vy)) return null;
  return same(a, c) ? 'spike' : 'backtrack';
}

/**
 * Repairs what quantised boundary data always carries and what changes no area: repeated consecutive
 * points, zero-area spikes and collinear back-tracking are removed, and an unclosed ring is closed.
 * Returns the ring closed (last position = first) and what was done; real crossings are left for the
 * validation to find. Positions must be finite [lng, lat] pairs.
 */
export function repairRing(positions: Position[]): { ring: Position[]; repairs: RingRepairs } {
  const repairs: RingRepairs = { ...NO_REPAIRS };
  let open = positions.slice();
  if (open.length > 1 && same(open[0], open[open.length - 1])) open.pop();
  else if (open.length > 1) repairs.closed = 1;

  const out: Position[] = [];
  const fold = (kind: 'spike' | 'backtrack'): void => {
    if (kind === 'spike') repairs.spikes += 1;
    else repairs.backtracks += 1;
  };
  const push = (p: Position): void => {
    if (out.length > 0 && same(out[out.length - 1], p)) {
      repairs.duplicates += 1;
      return;
    }
    out.push(p);
    // Removing a fold can expose another one behind it, so keep unwinding.
    while (out.length >= 3) {
      const kind = foldAt(out[out.length - 3], out[out.length - 2], out[out.length - 1]);
      if (!kind) break;
      fold(kind);
      const c = out.pop()!;
      out.pop();
      if (!same(out[out.length - 1], c)) out.push(c);
    }
  };
  for (const p of open) push(p);

  // The seam between the last and the first position can hold the same artefacts; removing one only
  // exposes the seam again, never a turn further inside.
  while (out.length >= 3) {
    const n = out.length;
    if (same(out[n - 1], out[0])) {
      out.pop();
      repairs.duplicates += 1;
      continue;
    }
    const atLast = foldAt(out[n - 2], out[n - 1], out[0]);
    if (atLast) {
      fold(atLast);
      out.pop();
      if (same(out[out.length - 1], out[0])) out.pop();
      continue;
    }
    const atFirst = foldAt(out[n - 1], out[0], out[1]);
    if (atFirst) {
      fold(atFirst);
      out.shift();
      if (same(out[out.length - 1], out[0])) out.pop();
      continue;
    }
    break;
  }
  open = out;
  return { ring: open.length > 0 ? [...open, open[0]] : [], repairs };
}

/** The repairs of several rings added up. */
export function addRepairs(a: RingRepairs, b: RingRepairs): RingRepairs {
  return {
    duplicates: a.duplicates + b.duplicates,
    spikes: a.spikes + b.spikes,
    backtracks: a.backtracks + b.backtracks,
    closed: a.closed + b.closed,
  };
}

/** The repairs in plain Chinese (`去掉 3 处尖刺、12 个重复点`), or null when there were none. */
export function describeRepairs(r: RingRepairs): string | null {
  const parts: string[] = [];
  if (r.spikes) parts.push(`${r.spikes} 处尖刺`);
  if (r.backtracks) parts.push(`${r.backtracks} 处共线折返`);
  if (r.duplicates) parts.push(`${r.duplicates} 个重复点`);
  const removed = parts.length ? `去掉 ${parts.join('、')}` : '';
  const closed = r.closed ? `闭合 ${r.closed} 个首尾不相接的边界` : '';
  const text = [removed, closed].filter(Boolean).join('，');
  return text || null;
}
