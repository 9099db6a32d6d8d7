import { collectionOf } from '../collections';
import type { Database } from '../cloudbase';
import { cellSize, geohashBounds, geohashEncode, haversineMeters, type LatLng } from '../../../shared/geo';
import { pointLatLng, type FixedPointDoc, type MobilePointDoc, type TeamDoc } from './grid-docs';

export const TEAMS = 'teams';

/** Precisions of the stored point-cell prefixes, finest first. */
export const POINT_CELL_PRECISIONS = [5, 4, 3, 2, 1] as const;

export type AnyPoint = (FixedPointDoc & { kind: 'fixed' }) | (MobilePointDoc & { kind: 'mobile' });

/** Every service point of a team, fixed first. */
export function pointsOf(team: TeamDoc): AnyPoint[] {
  return [
    ...team.fixedPoints.map((p) => ({ ...p, kind: 'fixed' as const })),
    ...team.mobilePoints.map((p) => ({ ...p, kind: 'mobile' as const })),
  ];
}

/** The geohash prefixes, lengths 1-5, of every service point of a team. */
export function teamPointCells(team: Pick<TeamDoc, 'fixedPoints' | 'mobilePoints'>): string[] {
  const cells = new Set<string>();
  for (const p of [...team.fixedPoints, ...team.mobilePoints]) {
    const { lat, lng } = pointLatLng(p.location);
    const hash = geohashEncode(lat, lng, POINT_CELL_PRECISIONS[0]);
    for (const n of POINT_CELL_PRECISIONS) cells.add(hash.slice(0, n));
  }
  return [...cells].sort();
}

export interface NearTeam {
  team: TeamDoc;
  distanceM: number;
  point: AnyPoint;
}

/** The team's point nearest to `from`, with its distance. */
export function nearestPointOf(team: TeamDoc, from: LatLng): { point: AnyPoint; distanceM: number } | null {
  let best: { point: AnyPoint; distanceM: number } | null = null;
  for (const point of pointsOf(team)) {
    const { lat, lng } = pointLatLng(point.location);
    const distanceM = haversineMeters([from.lng, from.lat], [lng, lat]);
    if (!best || distanceM < best.distanceM) best = { point, distanceM };
  }
  return best;
}

/** The 3x3 block of cells around the point's cell, and how far the point is from the block's edge. */
function block(from: LatLng, precision: number): { cells: string[]; radiusM: number } {
  const [w, h] = cellSize(precision);
  const own = geohashBounds(geohashEncode(from.lat, from.lng, precision));
  const cells = new Set<string>();
  for (const dy of [-1, 0, 1]) {
    for (const dx of [-1, 0, 1]) {
      const lat = (own.south + own.north) / 2 + dy * h;
      if (lat < -90 || lat > 90) continue;
      const lng = (((own.west + own.east) / 2 + dx * w + 540) % 360) - 180;
      cells.add(geohashEncode(lat, lng, precision));
    }
  }
  const p: [number, number] = [from.lng, from.lat];
  const radiusM = Math.min(
    haversineMeters(p, [from.lng, Math.max(-90, own.south - h)]),
    haversineMeters(p, [from.lng, Math.min(90, own.north + h)]),
    haversineMeters(p, [own.west - w, from.lat]),
    haversineMeters(p, [own.east + w, from.lat]),
  );
  return { cells: [...cells], radiusM };
}

export class TeamRepository {
  constructor(private readonly db: Database) {}

  async find(id: string): Promise<TeamDoc | null> {
    const { data } = await collectionOf(this.db, TEAMS).doc(id).get();
    return (data[0] as TeamDoc | undefined) ?? null;
  }

  async findMany(ids: string[]): Promise<Map<string, TeamDoc>> {
    const found = new Map<string, TeamDoc>();
    const unique = [...new Set(ids)];
    const _ = this.db.command;
    for (let i = 0; i < unique.length; i += 500) {
      const { data } = await collectionOf(this.db, TEAMS).where({ _id: _.in(unique.slice(i, i + 500)) }).limit(1000).get();
      for (const t of data as TeamDoc[]) found.set(t._id, t);
    }
    return found;
  }

  /** Teams with a service point in any of the cells (indexed `$in` on the stored prefixes). */
  async withPointIn(cells: string[], limit: number): Promise<TeamDoc[]> {
    if (cells.length === 0) return [];
    const _ = this.db.command;
    const { data } = await collectionOf(this.db, TEAMS).where({ pointCells: _.in(cells) }).field({ pointCells: false }).limit(limit).get();
    return data as TeamDoc[];
  }

  /**
   * The `k` teams with a service point nearest to `from`. Searches the 3x3 block of cells around the
   * point, from small cells to large, and stops once `k` teams lie closer than the block's edge, so
   * no team outside the block could be nearer.
   */
  async nearest(from: LatLng, k: number): Promise<NearTeam[]> {
    let ranked: NearTeam[] = [];
    for (const precision of POINT_CELL_PRECISIONS) {
      const { cells, radiusM } = block(from, precision);
      ranked = rank(await this.withPointIn(cells, 1000), from);
      if (ranked.length >= k && ranked[k - 1].distanceM <= radiusM) return ranked.slice(0, k);
    }
    const { data } = await collectionOf(this.db, TEAMS).field({ pointCells: false }).limit(1000).get();
    return rank(data as TeamDoc[], from).slice(0, k);
  }
}

function rank(teams: TeamDoc[], from: LatLng): NearTeam[] {
  const out: NearTeam[] = [];
  for (const team of teams) {
    const near = nearestPointOf(team, from);
    if (near) out.push({ team, ...near });
  }
  return out.sort((a, b) => a.distanceM - b.distanceM || (a.team._id < b.team._id ? -1 : 1));
}
