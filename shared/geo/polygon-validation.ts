import { pointInPolygon } from './point-in-polygon';
import { foldsBack, segmentsIntersect } from './segments';
import type { Position } from './types';

/** China's extent with a margin (lng 73.4-135.1 E, lat 3.8-53.6 N): a coordinate outside is a mistake. */
export const CHINA_BBOX = { west: 73.4, south: 3.8, east: 135.1, north: 53.6 } as const;

const isPosition = (v: unknown): v is Position =>
  Array.isArray(v) && (v.length === 2 || v.length === 3) && v.every((n) => typeof n === 'number' && Number.isFinite(n));

const same = (a: Position, b: Position): boolean => a[0] === b[0] && a[1] === b[1];

const ringName = (part: number | null, ring: number): string =>
  `${part === null ? '' : `第${part + 1}个面的`}${ring === 0 ? '外边界' : `第${ring}个内洞`}`;

/** Positions of a closed ring without its closing position or repeated neighbours. */
function distinctVertices(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < ring.length - 1; i++) if (out.length === 0 || !same(out[out.length - 1], ring[i])) out.push(ring[i]);
  while (out.length > 1 && same(out[0], out[out.length - 1])) out.pop();
  return out;
}

type Edge = [Position, Position, number];
const edgesOf = (v: Position[]): Edge[] => v.map((p, i) => [p, v[(i + 1) % v.length], i]);

/** Pairs of edges whose x-extents overlap (sweep over sorted edges), for the intersection checks. */
function overlappingPairs(a: Edge[], b: Edge[] | null, visit: (e: Edge, f: Edge) => boolean): boolean {
  const tagged = [...a.map((e) => [e, 0] as const), ...(b ?? []).map((e) => [e, 1] as const)];
  const minX = (e: Edge): number => Math.min(e[0][0], e[1][0]);
  const maxX = (e: Edge): number => Math.max(e[0][0], e[1][0]);
  tagged.sort((x, y) => minX(x[0]) - minX(y[0]));
  for (let i = 0; i < tagged.length; i++) {
    const [e, se] = tagged[i];
    for (let j = i + 1; j < tagged.length && minX(tagged[j][0]) <= maxX(e); j++) {
      const [f, sf] = tagged[j];
      if (b !== null && se === sf) continue;
      if (visit(se === 0 ? e : f, se === 0 ? f : e)) return true;
    }
  }
  return false;
}

function selfIntersection(vertices: Position[]): [number, number] | null {
  const n = vertices.length;
  for (let i = 0; i < n; i++) if (foldsBack(vertices[(i + n - 1) % n], vertices[i], vertices[(i + 1) % n])) return [(i + n - 1) % n, i];
  let found: [number, number] | null = null;
  overlappingPairs(edgesOf(vertices), null, (e, f) => {
    const [i, j] = e[2] < f[2] ? [e[2], f[2]] : [f[2], e[2]];
    if (j === i + 1 || (i === 0 && j === n - 1)) return false;
    if (!segmentsIntersect(e[0], e[1], f[0], f[1])) return false;
    found = [i, j];
    return true;
  });
  return found;
}

function checkRing(ring: unknown, name: string, problems: string[]): Position[] | null {
  if (!Array.isArray(ring) || !ring.every(isPosition)) {
    problems.push(`${name}的坐标格式不正确，应为 [经度, 纬度] 数字对`);
    return null;
  }
  const positions = ring as Position[];
  if (positions.length < 4) {
    problems.push(`${name}至少需要 4 个坐标点（首尾相同）`);
    return null;
  }
  if (!same(positions[0], positions[positions.length - 1])) {
    problems.push(`${name}没有闭合：第一个点和最后一个点不同`);
    return null;
  }
  const outside = positions.find(([lng, lat]) => lng < CHINA_BBOX.west || lng > CHINA_BBOX.east || lat < CHINA_BBOX.south || lat > CHINA_BBOX.north);
  if (outside) {
    problems.push(`${name}的坐标 [${outside[0]}, ${outside[1]}] 不在中国境内，请确认经纬度是否写反`);
    return null;
  }
  const vertices = distinctVertices(positions);
  if (vertices.length < 3) {
    problems.push(`${name}的不同坐标点少于 3 个，围不成一个面`);
    return null;
  }
  const crossing = selfIntersection(vertices);
  if (crossing) {
    problems.push(`${name}自相交：第 ${crossing[0] + 1} 条边与第 ${crossing[1] + 1} 条边相交`);
    return null;
  }
  return vertices;
}

function checkPolygon(rings: unknown, part: number | null, problems: string[]): void {
  if (!Array.isArray(rings) || rings.length === 0) {
    problems.push(`${part === null ? '' : `第${part + 1}个面`}缺少坐标`);
    return;
  }
  const checked = rings.map((ring, r) => checkRing(ring, ringName(part, r), problems));
  if (checked.some((v) => v === null)) return;
  const vertices = checked as Position[][];
  const closed = vertices.map((v) => [...v, v[0]]);
  for (let h = 1; h < vertices.length; h++) {
    if (!pointInPolygon(vertices[h][0], [closed[0]])) problems.push(`${ringName(part, h)}不在外边界之内`);
  }
  for (let r = 0; r < vertices.length; r++) {
    for (let s = r + 1; s < vertices.length; s++) {
      if (overlappingPairs(edgesOf(vertices[r]), edgesOf(vertices[s]), (e, f) => segmentsIntersect(e[0], e[1], f[0], f[1]))) {
        problems.push(`${ringName(part, r)}与${ringName(part, s)}相交或接触`);
      }
    }
  }
}

/**
 * Why a geometry cannot be a service grid, in Chinese, or an empty list when it can: a GeoJSON
 * Polygon or MultiPolygon whose rings are closed, have at least three distinct corners, lie inside
 * China, do not cross themselves, and whose holes lie inside the outline without touching it or each
 * other. The parts of a MultiPolygon are checked one by one, not against each other.
 */
export function polygonProblems(geometry: unknown): string[] {
  const problems: string[] = [];
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (!g || typeof g !== 'object') return ['缺少网格的边界图形'];
  if (g.type === 'Polygon') {
    checkPolygon(g.coordinates, null, problems);
  } else if (g.type === 'MultiPolygon') {
    if (!Array.isArray(g.coordinates) || g.coordinates.length === 0) return ['多面图形缺少坐标'];
    g.coordinates.forEach((rings, part) => checkPolygon(rings, part, problems));
  } else {
    return ['边界图形应为面或多面（点和线不能作为网格）'];
  }
  return problems;
}
