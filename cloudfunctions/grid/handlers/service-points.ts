import type { LatLng } from '../../../shared/geo';
import { haversineMeters } from '../../../shared/geo';
import type { ServicePoint } from '../../../shared/api/grid';
import { pointLatLng, type TeamDoc } from '../../core/grids/grid-docs';
import { pointsOf, type AnyPoint } from '../../core/grids/team-repository';

/** One service point as the screens show it, with its distance from `from`. */
export function toServicePoint(point: AnyPoint, from: LatLng): ServicePoint {
  const location = pointLatLng(point.location);
  return {
    id: point.id,
    kind: point.kind,
    name: point.name,
    address: point.address,
    location,
    hours: point.kind === 'fixed' ? point.hours : point.scheduleText,
    distanceM: Math.round(haversineMeters([from.lng, from.lat], [location.lng, location.lat])),
  };
}

/** Every service point of the team, nearest to `from` first. */
export function servicePointsByDistance(team: TeamDoc, from: LatLng): ServicePoint[] {
  return pointsOf(team)
    .map((p) => toServicePoint(p, from))
    .sort((a, b) => a.distanceM - b.distanceM || (a.id < b.id ? -1 : 1));
}
