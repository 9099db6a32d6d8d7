import { EdgeIndex, showPosition } from './edge-index';
import { ringSide } from './point-in-polygon';
import { NO_REPAIRS, addRepairs, repairRing, type RingRepairs } from './ring-repair';
import type { GridGeometry, Position, Ring } from './types';

/** China's extent with a margin (lng 73.4-135.1 E, lat 3.8-53.6 N): a coordinate outside is a mistake. */
export const CHINA_BBOX = { west: 73.4, south: 3.8, east: 135.1, north: 53.6 } as const;

/** Contacts reported per geometry: enough for a GIS person to find the place, not a flood. */
const MAX_CONTACTS = 5;

export interface GeometryCheck {
  /** The repaired geometry (2D, rings closed), or null when a problem stands. */
  geometry: GridGeometry | null;
  repairs: RingRepairs;
  /** Defects that could not be repaired safely, in Chinese, with the coordinates to look at. */
  problems: string[];
}

interface RingAt {
  part: number | null;
  ring: number;
}

const isPosition = (v: unknown): v is Position =>
  Array.isArray(v) && (v.length === 2 || v.length === 3) && v.every((n) => typeof n === 'number' && Number.isFinite(n));

const partName = (part: number | null): string => (part === null ? '' : `第${part + 1}个面的`);
const ringName = ({ part, ring }: RingAt): string => `${partName(part)}${ring === 0 ? '外边界' : `第${ring}个内洞`}`;

/** Reads and repairs one ring, or says why it cannot be read. */
function readRing(raw: unknown, at: RingAt, problems: string[]): { ring: Ring; repairs: RingRepairs } | null {
  const name = ringName(at);
  if (!Array.isArray(raw) || !raw.every(isPosition)) {
    problems.push(`${name}的坐标格式不正确，应为 [经度, 纬度] 数字对`);
    return null;
  }
  const positions = (raw as Position[]).map(([lng, lat]) => [lng, lat] as Position);
  const outside = positions.find(([lng, lat]) => lng < CHINA_BBOX.west || lng > CHINA_BBOX.east || lat < CHINA_BBOX.south || lat > CHINA_BBOX.north);
  if (outside) {
    problems.push(`${name}的坐标 [${outside[0]}, ${outside[1]}] 不在中国境内，请确认经纬度是否写反`);
    return null;
  }
  const repaired = repairRing(positions);
  if (repaired.ring.length < 4) {
    problems.push(`${name}的不同坐标点少于 3 个，围不成一个面`);
    return null;
  }
  return repaired;
}

/** A position of `ring` that is not on `other`'s line, with its side of `other`; null when all are on it. */
function sideOf(ring: Ring, other: Ring): { at: Position; side: 'inside' | 'outside' } | null {
  for (let i = 0; i + 1 < ring.length; i++) {
    const side = ringSide(ring[i], other);
    if (side !== 'boundary') return { at: ring[i], side };
  }
  return null;
}

function contactProblem(a: RingAt, b: RingAt, at: Position): string {
  if (a.part === b.part && a.ring === b.ring) return `${ringName(a)}自相交：边界在 ${showPosition(at)} 处交叉或重叠`;
  if (a.part === b.part) return `${ringName(a)}与${ringName(b)}在 ${showPosition(at)} 处相交或接触`;
  return `第${a.part! + 1}个面与第${b.part! + 1}个面在 ${showPosition(at)} 处相交或接触，请合并成一个面或分开`;
}

/**
 * Repairs a GeoJSON Polygon or MultiPolygon and says what cannot be repaired: repeated points,
 * zero-area spikes, collinear back-tracking and unclosed rings are fixed and counted; a ring crossing
 * itself (a bow-tie), rings of one polygon touching, a hole outside its outline, and parts of a
 * MultiPolygon touching or lying inside one another are refused with the coordinates of the place.
 */
export function checkGeometry(geometry: unknown): GeometryCheck {
  const fail = (...problems: string[]): GeometryCheck => ({ geometry: null, repairs: NO_REPAIRS, problems });
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (!g || typeof g !== 'object') return fail('缺少网格的边界图形');
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return fail('边界图形应为面或多面（点和线不能作为网格）');
  const multi = g.type === 'MultiPolygon';
  if (multi && (!Array.isArray(g.coordinates) || g.coordinates.length === 0)) return fail('多面图形缺少坐标');
  const rawParts = (multi ? g.coordinates : [g.coordinates]) as unknown[];

  const problems: string[] = [];
  let repairs = NO_REPAIRS;
  const parts: Ring[][] = [];
  rawParts.forEach((rawRings, p) => {
    const part = multi ? p : null;
    if (!Array.isArray(rawRings) || rawRings.length === 0) {
      problems.push(`${part === null ? '' : `第${part + 1}个面`}缺少坐标`);
      return;
    }
    const rings: Ring[] = [];
    rawRings.forEach((raw, r) => {
      const read = readRing(raw, { part, ring: r }, problems);
      if (!read) return;
      rings.push(read.ring);
      repairs = addRepairs(repairs, read.repairs);
    });
    parts.push(rings);
  });
  if (problems.length > 0) return { geometry: null, repairs, problems };

  const at: RingAt[] = [];
  const all: Ring[] = [];
  parts.forEach((rings, p) => rings.forEach((ring, r) => (at.push({ part: multi ? p : null, ring: r }), all.push(ring))));
  for (const c of new EdgeIndex(all).contacts(MAX_CONTACTS)) problems.push(contactProblem(at[c.a.ring], at[c.b.ring], c.at));
  if (problems.length > 0) return { geometry: null, repairs, problems };

  // No edges meet, so each ring lies wholly inside or wholly outside each other ring: one point tells.
  parts.forEach((rings, p) => {
    for (let h = 1; h < rings.length; h++) {
      const side = sideOf(rings[h], rings[0]);
      if (side?.side === 'outside') problems.push(`${ringName({ part: multi ? p : null, ring: h })}不在外边界之内（内洞的点 ${showPosition(side.at)} 在外边界之外）`);
      for (let k = 1; k < rings.length; k++) {
        const inner = k === h ? null : sideOf(rings[h], rings[k]);
        if (inner?.side === 'inside') {
          const at = (ring: number): string => ringName({ part: multi ? p : null, ring });
          problems.push(`${at(h)}位于${at(k)}之内（${showPosition(inner.at)}），内洞不能套着内洞`);
        }
      }
    }
  });
  for (let p = 0; p < parts.length; p++) {
    for (let q = 0; q < parts.length; q++) {
      if (p === q) continue;
      const side = sideOf(parts[p][0], parts[q][0]);
      const inHole = side && parts[q].slice(1).some((hole) => ringSide(side.at, hole) === 'inside');
      if (side?.side === 'inside' && !inHole) problems.push(`第${p + 1}个面位于第${q + 1}个面之内（${showPosition(side.at)}），两个面重叠`);
    }
  }
  if (problems.length > 0) return { geometry: null, repairs, problems };
  return { geometry: multi ? { type: 'MultiPolygon', coordinates: parts } : { type: 'Polygon', coordinates: parts[0] }, repairs, problems };
}

/**
 * Why a geometry cannot be a service grid, in Chinese, or an empty list when it can (after the safe
 * repairs of {@link checkGeometry}).
 */
export function polygonProblems(geometry: unknown): string[] {
  return checkGeometry(geometry).problems;
}
