import type { PackageCode } from '../contract/packages';

/**
 * Services staff record as delivered (服务记录), each belonging to a package of the contract. Where a
 * package promises a number a year (慢病管理包: 4 face-to-face follow-ups), `perYear` says so and the
 * contract's fulfilment (履约进度) counts against it.
 */
export const SERVICE_ITEMS = {
  bp_check: { label: '测血压', package: 'basic', perYear: null },
  glucose_check: { label: '测血糖', package: 'basic', perYear: null },
  consultation: { label: '常见病诊治和用药指导', package: 'basic', perYear: null },
  health_education: { label: '健康咨询和健康教育', package: 'basic', perYear: null },
  tcm_constitution: { label: '中医体质辨识', package: 'basic', perYear: 1 },
  chronic_followup: { label: '慢病面对面随访', package: 'chronic', perYear: 4 },
  chronic_checkup: { label: '肝肾功能、血脂和心电图检查', package: 'chronic', perYear: 1 },
  medication_review: { label: '多种用药核对', package: 'elderly', perYear: null },
  elderly_assessment: { label: '认知功能和跌倒风险评估', package: 'elderly', perYear: 1 },
  home_round: { label: '上门巡诊', package: 'home_visit', perYear: 4 },
  home_nursing: { label: '上门护理', package: 'home_visit', perYear: null },
  postpartum_visit: { label: '产后访视', package: 'maternal_child', perYear: 2 },
  child_checkup: { label: '儿童生长发育监测', package: 'maternal_child', perYear: null },
  tcm_technique: { label: '中医适宜技术', package: 'tcm', perYear: 4 },
} as const satisfies Record<string, { label: string; package: PackageCode; perYear: number | null }>;

export type ServiceCode = keyof typeof SERVICE_ITEMS;
export const SERVICE_CODES = Object.keys(SERVICE_ITEMS) as [ServiceCode, ...ServiceCode[]];

/** How a service was delivered: at a booked visit, by phone, or on a round without booking. */
export const DELIVERY_CHANNELS = ['visit', 'phone', 'round'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];
export const DELIVERY_CHANNEL_LABELS: Record<DeliveryChannel, string> = { visit: '预约就诊', phone: '电话随访', round: '巡诊' };

export interface FulfilmentLine {
  code: ServiceCode;
  label: string;
  package: PackageCode;
  delivered: number;
  /** What the contract year promises, or null when the package names no number. */
  due: number | null;
  /** `2/4`, or `已提供2次`. */
  text: string;
}

/** Services the contract's packages include, in catalogue order. */
export function servicesOf(packageCodes: readonly string[]): ServiceCode[] {
  return SERVICE_CODES.filter((c) => packageCodes.includes(SERVICE_ITEMS[c].package));
}

/**
 * What a contract year has delivered against what it promises: one line per service with a yearly
 * number, and one per other service delivered at least once. `delivered` lists the codes of every
 * service recorded in the contract's period.
 */
export function fulfilment(packageCodes: readonly string[], delivered: readonly ServiceCode[]): FulfilmentLine[] {
  const counts = new Map<ServiceCode, number>();
  for (const c of delivered) counts.set(c, (counts.get(c) ?? 0) + 1);
  return servicesOf(packageCodes)
    .filter((c) => SERVICE_ITEMS[c].perYear !== null || (counts.get(c) ?? 0) > 0)
    .map((c) => {
      const item = SERVICE_ITEMS[c];
      const n = counts.get(c) ?? 0;
      return { code: c, label: item.label, package: item.package, delivered: n, due: item.perYear, text: item.perYear === null ? `已提供${n}次` : `${n}/${item.perYear}` };
    });
}

/** Tags a resident may pick when rating a visit (居民评价). */
export const RATING_TAGS = ['态度好', '讲解清楚', '准时', '用药指导细致', '等候时间长', '希望多些上门服务'] as const;
export type RatingTag = (typeof RATING_TAGS)[number];

/** The share of 4-5 star ratings, the satisfaction rate (满意率) Yunnan's policy targets at 80% or more. */
export function satisfaction(stars: readonly number[]): { count: number; average: number | null; satisfiedRate: number | null } {
  if (stars.length === 0) return { count: 0, average: null, satisfiedRate: null };
  const sum = stars.reduce((a, b) => a + b, 0);
  const satisfied = stars.filter((s) => s >= 4).length;
  return { count: stars.length, average: Math.round((sum / stars.length) * 10) / 10, satisfiedRate: Math.round((satisfied / stars.length) * 1000) / 1000 };
}
