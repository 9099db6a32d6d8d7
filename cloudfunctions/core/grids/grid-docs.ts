import type { TeamSigningSettings } from '../../../shared/contract/signing-guide';
import type { BBox, GridGeometry, LatLng, VisitSchedule } from '../../../shared/geo';
import type { GridSummary, Region, TeamSummary } from '../../../shared/api/grid';
import type { WellnessService } from '../../../shared/sojourn/wellness';

/**
 * A service grid as stored (coordinates gcj02). `gridId` is the grid's code; `_id` is the code and the
 * import batch (`<gridId>@<importId>`), since a new batch is written beside the grids in force.
 */
export interface GridDoc {
  _id: string;
  gridId: string;
  name: string;
  region: Region;
  /** 小区 and 村民小组 names inside the grid, for search. */
  places: string[];
  teamId: string;
  geometry: GridGeometry;
  bbox: BBox;
  center: LatLng;
  /**
   * Geohash cells covering the grid, all of one precision: 6, or coarser for a large grid so that
   * their number stays bounded. A point's cells (one per precision) find it by index.
   */
  cells: string[];
  /** Cells two precisions coarser than `cells` (4 for most grids), for map views of a whole county. */
  mapCells: string[];
  /** N-grams of the grid's place names: a name query finds it by index. */
  searchTerms: string[];
  importId: string;
  importedAt: Date;
}

export type MemberRole = '全科医生' | '护士' | '公卫医生' | '乡村医生' | '专科医生';

/** A stored point location (GeoJSON, gcj02). */
export interface PointGeo {
  type: 'Point';
  coordinates: [number, number];
}

export interface FixedPointDoc {
  id: string;
  name: string;
  address: string;
  location: PointGeo;
  hours: string;
}

export interface MobilePointDoc {
  id: string;
  name: string;
  address: string;
  location: PointGeo;
  schedule: VisitSchedule;
  scheduleText: string;
}

/** A family-doctor team as stored. `_id` is the team's code. */
export interface TeamDoc {
  _id: string;
  name: string;
  institution: string;
  /** County code (呈贡区 530114), the unit teams are managed by. */
  regionCode: string;
  regionText: string;
  phone: string;
  serviceHours: string;
  sojourn: boolean;
  intro: string;
  members: Array<{ name: string; role: MemberRole; title: string; leader: boolean }>;
  fixedPoints: FixedPointDoc[];
  mobilePoints: MobilePointDoc[];
  /** Geohash prefixes (lengths 1-5) of every service point: nearby teams are found by index. */
  pointCells: string[];
  /** The 康养 / 理疗 services with fees a sojourn team offers; absent for the others. */
  wellnessServices?: WellnessService[];
  /** Booking settings; without them the defaults of shared/appointment/booking-rules apply. */
  booking?: { cancelHours?: number };
  /** What happens after applying (review time, pay-and-verify station, what to bring); defaults in shared/contract/signing-guide. */
  signing?: TeamSigningSettings;
}

/**
 * Values as read back through the SDK: it turns stored GeoJSON into its own Geo classes, which
 * serialise back to GeoJSON with toJSON().
 */
export function plainGeo<T>(value: T): T {
  const v = value as { toJSON?: () => unknown };
  return (v && typeof v.toJSON === 'function' ? v.toJSON() : value) as T;
}

export function pointLatLng(location: PointGeo): LatLng {
  const [lng, lat] = plainGeo(location).coordinates;
  return { lat, lng };
}

export function regionText(region: Region): string {
  return `${region.city}${region.county}${region.township}${region.community}`;
}

export function toGridSummary(doc: GridDoc): GridSummary {
  return { id: doc.gridId, name: doc.name, region: doc.region, regionText: regionText(doc.region), teamId: doc.teamId, center: doc.center };
}

export function toTeamSummary(doc: TeamDoc): TeamSummary {
  return { id: doc._id, name: doc.name, institution: doc.institution, phone: doc.phone, serviceHours: doc.serviceHours, sojourn: doc.sojourn };
}
