import { z } from 'zod';
import { WELLNESS_KINDS } from '../sojourn/wellness';

const lat = (what: string) =>
  z
    .number({ required_error: `请提供${what}的纬度`, invalid_type_error: '纬度应为数字' })
    .min(-90, '纬度超出范围（应在 -90 到 90 之间）')
    .max(90, '纬度超出范围（应在 -90 到 90 之间）');
const lng = (what: string) =>
  z
    .number({ required_error: `请提供${what}的经度`, invalid_type_error: '经度应为数字' })
    .min(-180, '经度超出范围（应在 -180 到 180 之间）')
    .max(180, '经度超出范围（应在 -180 到 180 之间）');

export const ZLatLng = z.object({ lat: z.number(), lng: z.number() });
const ZPosition = z.tuple([z.number(), z.number()]);
export const ZGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(ZPosition)) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(ZPosition))) }),
]);

export const ZRegion = z.object({
  province: z.string(),
  city: z.string(),
  county: z.string(),
  township: z.string(),
  /** 社区 or 行政村. */
  community: z.string(),
});
export type Region = z.infer<typeof ZRegion>;

export const ZGridSummary = z.object({
  id: z.string(),
  name: z.string(),
  region: ZRegion,
  /** 昆明市呈贡区洛龙街道石龙湖社区 */
  regionText: z.string(),
  teamId: z.string(),
  /** A point inside the grid, for its label and as its stand-in. */
  center: ZLatLng,
});
export type GridSummary = z.infer<typeof ZGridSummary>;

export const ZTeamSummary = z.object({
  id: z.string(),
  name: z.string(),
  institution: z.string(),
  phone: z.string(),
  serviceHours: z.string(),
  /** Serves sojourners (旅居) as well as residents. */
  sojourn: z.boolean(),
});
export type TeamSummary = z.infer<typeof ZTeamSummary>;

export const ZPointKind = z.enum(['fixed', 'mobile']);
export const ZServicePoint = z.object({
  id: z.string(),
  kind: ZPointKind,
  name: z.string(),
  address: z.string(),
  location: ZLatLng,
  /** Opening hours of a fixed point, or the visit schedule of a mobile one (每月第1、3周周三上午). */
  hours: z.string(),
  /** Metres from the point asked about. */
  distanceM: z.number().int().nonnegative(),
});
export type ServicePoint = z.infer<typeof ZServicePoint>;

export const ZCoordSystem = z.enum(['gcj02', 'wgs84'], {
  errorMap: () => ({ message: '坐标系只能是 gcj02（微信定位）或 wgs84（卫星定位）' }),
});

export const ZLocateInput = z
  .object({ lat: lat('位置'), lng: lng('位置'), coord: ZCoordSystem.default('gcj02') })
  .strict();
export const ZLocateOutput = z.discriminatedUnion('inCoverage', [
  z.object({
    inCoverage: z.literal(true),
    /** The position looked up, in gcj02. */
    point: ZLatLng,
    grid: ZGridSummary,
    team: ZTeamSummary,
    /** The team's fixed and mobile points, nearest first. */
    servicePoints: z.array(ZServicePoint),
  }),
  z.object({
    inCoverage: z.literal(false),
    point: ZLatLng,
    message: z.string(),
    /** The three teams with a service point nearest to the position, nearest first. */
    nearestTeams: z.array(z.object({ team: ZTeamSummary, distanceM: z.number().int().nonnegative(), nearestPoint: ZServicePoint })),
  }),
]);
export type LocateResult = z.infer<typeof ZLocateOutput>;

const QUERY_MESSAGE = '请输入要查找的小区、村或街道名称';
export const ZSearchInput = z
  .object({
    q: z
      .string({ required_error: QUERY_MESSAGE, invalid_type_error: QUERY_MESSAGE })
      .trim()
      .min(1, QUERY_MESSAGE)
      .max(30, '名称太长了，请输入 30 个字以内'),
  })
  .strict();
export const ZMatchKind = z.enum(['exact', 'prefix', 'contains']);
export const ZSearchResult = z.object({
  grid: ZGridSummary,
  teamName: z.string(),
  match: ZMatchKind,
  /** The place name that matched: a 小区, 村, 社区, 街道 or 区县. */
  matchedName: z.string(),
  /** What the matched name is: a place in the grid, the grid itself, or an area that holds it. */
  matchedAs: z.enum(['place', 'grid', 'community', 'township', 'county']),
});
export type SearchResult = z.infer<typeof ZSearchResult>;
export const ZSearchOutput = z.object({ q: z.string(), results: z.array(ZSearchResult) });

export const ZMemberRole = z.enum(['全科医生', '护士', '公卫医生', '乡村医生', '专科医生']);
export const ZVisitSchedule = z.object({
  weeksOfMonth: z.array(z.number().int().min(1).max(5)).min(1),
  weekday: z.number().int().min(1).max(7),
  period: z.enum(['am', 'pm', 'day']),
});
export const ZVisitDate = z.object({ date: z.string(), weekday: z.number().int(), period: z.enum(['am', 'pm', 'day']), text: z.string() });

export const ZStation = z.object({ name: z.string(), address: z.string(), hours: z.string() });
export const ZSigningGuide = z.object({
  /** Working days the team usually takes to review an application. */
  reviewDays: z.number().int().min(1).max(30),
  /** Where the self-pay part is paid and consent is checked in person; null without a fixed point. */
  station: ZStation.nullable(),
  /** What to bring to the station. */
  bring: z.array(z.string()),
});
export type SigningGuideView = z.infer<typeof ZSigningGuide>;

export const ZTeamInput = z
  .object({
    teamId: z
      .string({ required_error: '请选择家庭医生团队', invalid_type_error: '团队编号不正确' })
      .trim()
      .min(1, '请选择家庭医生团队')
      .max(64, '团队编号不正确'),
  })
  .strict();
/** A 康养 or 理疗 service a sojourn team offers, with its fee in yuan per unit (次, 疗程, 月). */
export const ZWellnessService = z.object({
  kind: z.enum(WELLNESS_KINDS),
  name: z.string(),
  feeYuan: z.number().nonnegative(),
  unit: z.string(),
  /** What the fee covers or who may have it free; may be empty. */
  note: z.string(),
});
export type WellnessServiceView = z.infer<typeof ZWellnessService>;

export const ZTeamCard = ZTeamSummary.extend({
  regionText: z.string(),
  intro: z.string(),
  members: z.array(z.object({ name: z.string(), role: ZMemberRole, title: z.string(), leader: z.boolean() })),
  fixedPoints: z.array(z.object({ id: z.string(), name: z.string(), address: z.string(), location: ZLatLng, hours: z.string() })),
  mobilePoints: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      address: z.string(),
      location: ZLatLng,
      schedule: ZVisitSchedule,
      scheduleText: z.string(),
      /** The next visit days, soonest first (Asia/Shanghai). */
      nextDates: z.array(ZVisitDate),
    }),
  ),
  /** The grids this team is responsible for. */
  grids: z.array(z.object({ id: z.string(), name: z.string(), community: z.string() })),
  /** The 康养 / 理疗 services with fees (sojourn teams; empty for the others). */
  wellnessServices: z.array(ZWellnessService),
  /** What happens after applying to sign with this team (shared/contract/signing-guide). */
  signing: ZSigningGuide,
});
export type TeamCard = z.infer<typeof ZTeamCard>;
export const ZTeamOutput = ZTeamCard;

const ZBBox = z
  .object({ west: lng('地图范围'), south: lat('地图范围'), east: lng('地图范围'), north: lat('地图范围') })
  .strict()
  .refine((b) => b.west < b.east && b.south < b.north, '地图范围不正确：西边应小于东边，南边应小于北边');
export const ZMapInput = z.object({ bbox: ZBBox }).strict();
export const ZMapGrid = z.object({
  id: z.string(),
  name: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  geometry: ZGeometry,
  center: ZLatLng,
});
export const ZMapPoint = z.object({
  id: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  kind: ZPointKind,
  name: z.string(),
  location: ZLatLng,
});
export type MapGrid = z.infer<typeof ZMapGrid>;
export type MapPoint = z.infer<typeof ZMapPoint>;
export const ZMapOutput = z.object({
  grids: z.array(ZMapGrid),
  points: z.array(ZMapPoint),
  /** More than fit in one answer: the view should be zoomed in. */
  truncated: z.boolean(),
});
export type MapView = z.infer<typeof ZMapOutput>;

export const gridActions = {
  'grid.locate': { fn: 'grid', input: ZLocateInput, output: ZLocateOutput },
  'grid.search': { fn: 'grid', input: ZSearchInput, output: ZSearchOutput },
  'grid.team': { fn: 'grid', input: ZTeamInput, output: ZTeamOutput },
  'grid.map': { fn: 'grid', input: ZMapInput, output: ZMapOutput },
} as const;
