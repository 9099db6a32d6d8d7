/**
 * What happens after applying to sign with a team, from the team's own data: how long its review
 * takes, the service station where the self-pay part is paid (and where consent is checked in person),
 * and what to bring. A team that has not said falls back on the usual practice.
 */

/** Working days a team usually takes to review an application. */
export const DEFAULT_REVIEW_DAYS = 3;

export const DEFAULT_BRING: readonly string[] = ['本人身份证（代办的家人也带上自己的身份证）', '医保卡或医保电子凭证', '正在吃的药或药盒，近期的病历和化验单（如有）'];

/** A team's own settings, as stored on the team. */
export interface TeamSigningSettings {
  reviewDays?: number;
  /** The fixed service point that takes payments and checks consent in person. */
  stationId?: string;
  bring?: string[];
}

export interface Station {
  name: string;
  address: string;
  hours: string;
}

export interface SigningGuide {
  reviewDays: number;
  /** Null only for a team with no fixed service point. */
  station: Station | null;
  bring: string[];
}

export function signingGuide(team: { fixedPoints: ReadonlyArray<Station & { id: string }>; signing?: TeamSigningSettings }): SigningGuide {
  const settings = team.signing ?? {};
  const point = team.fixedPoints.find((p) => p.id === settings.stationId) ?? team.fixedPoints[0] ?? null;
  return {
    reviewDays: settings.reviewDays ?? DEFAULT_REVIEW_DAYS,
    station: point ? { name: point.name, address: point.address, hours: point.hours } : null,
    bring: settings.bring?.length ? [...settings.bring] : [...DEFAULT_BRING],
  };
}

/** `在石龙湖社区卫生服务站缴纳…`: when the self-pay part is paid, and at which station (its address is shown beside). */
export function paymentText(guide: SigningGuide, selfPayYuan: number): string {
  if (selfPayYuan === 0) return '这份签约个人不用缴费（基础包免费）。';
  const where = guide.station ? guide.station.name : '团队的服务站';
  return `审核通过后，第一次去接受服务时，在${where}缴纳每年个人自付的 ${selfPayYuan} 元；医保统筹支付的部分不用您付。`;
}
