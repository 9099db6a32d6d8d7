import { yuanText } from '../contract/packages';

/** The two kinds of paid services a sojourn team offers beside the contract: 康养 and 理疗. */
export const WELLNESS_KINDS = ['wellness', 'therapy'] as const;
export type WellnessKind = (typeof WELLNESS_KINDS)[number];
export const WELLNESS_KIND_LABELS: Record<WellnessKind, string> = { wellness: '康养', therapy: '理疗' };

/** One service as the team lists it, with its fee in yuan per `unit` (次, 疗程, 月). */
export interface WellnessService {
  kind: WellnessKind;
  name: string;
  feeYuan: number;
  unit: string;
  note: string;
}

/** `45元/次`, or `免费` for a service that costs nothing. */
export function wellnessFeeText(s: Pick<WellnessService, 'feeYuan' | 'unit'>): string {
  return s.feeYuan === 0 ? '免费' : `${yuanText(s.feeYuan)}/${s.unit}`;
}

/** The services grouped by kind in the order 康养 then 理疗, kinds without services left out. */
export function wellnessGroups<T extends Pick<WellnessService, 'kind'>>(services: readonly T[]): Array<{ kind: WellnessKind; label: string; services: T[] }> {
  return WELLNESS_KINDS.map((kind) => ({ kind, label: WELLNESS_KIND_LABELS[kind], services: services.filter((s) => s.kind === kind) })).filter((g) => g.services.length > 0);
}
