import { scheduleText, type VisitSchedule } from '../../../shared/geo';
import type { MemberRole, TeamDoc } from '../../../cloudfunctions/core/grids/grid-docs';
import type { WellnessService } from '../../../shared/sojourn/wellness';
import { teamPointCells } from '../../../cloudfunctions/core/grids/team-repository';

export interface TeamSpec {
  id: string;
  name: string;
  institution: string;
  regionCode: string;
  regionText: string;
  phone: string;
  serviceHours: string;
  sojourn?: boolean;
  intro: string;
  /** `[name, role, title]`; the first member leads the team. */
  members: Array<[string, MemberRole, string]>;
  fixed: Array<{ name: string; address: string; at: [number, number]; hours: string }>;
  mobile?: Array<{ name: string; address: string; at: [number, number]; schedule: VisitSchedule }>;
  /** 康养 / 理疗 services with fees (sojourn teams). */
  wellness?: WellnessService[];
  /** After applying: review days, the fixed point (index into `fixed`) that takes payments, what to bring. */
  signing?: { reviewDays?: number; station?: number; bring?: string[] };
}

const point = (at: [number, number]) => ({ type: 'Point' as const, coordinates: at });

/** A team document as stored, with its point cells and schedule texts filled in. */
export function buildTeam(spec: TeamSpec): TeamDoc {
  const team: Omit<TeamDoc, 'pointCells'> = {
    _id: spec.id,
    name: spec.name,
    institution: spec.institution,
    regionCode: spec.regionCode,
    regionText: spec.regionText,
    phone: spec.phone,
    serviceHours: spec.serviceHours,
    sojourn: spec.sojourn ?? false,
    intro: spec.intro,
    members: spec.members.map(([name, role, title], i) => ({ name, role, title, leader: i === 0 })),
    fixedPoints: spec.fixed.map((p, i) => ({ id: `${spec.id}-f${i + 1}`, name: p.name, address: p.address, location: point(p.at), hours: p.hours })),
    mobilePoints: (spec.mobile ?? []).map((p, i) => ({
      id: `${spec.id}-m${i + 1}`,
      name: p.name,
      address: p.address,
      location: point(p.at),
      schedule: p.schedule,
      scheduleText: scheduleText(p.schedule),
    })),
    ...(spec.wellness ? { wellnessServices: spec.wellness } : {}),
    ...(spec.signing
      ? {
          signing: {
            ...(spec.signing.reviewDays ? { reviewDays: spec.signing.reviewDays } : {}),
            ...(spec.signing.station !== undefined ? { stationId: `${spec.id}-f${spec.signing.station + 1}` } : {}),
            ...(spec.signing.bring ? { bring: spec.signing.bring } : {}),
          },
        }
      : {}),
  };
  return { ...team, pointCells: teamPointCells(team) };
}

export const WEEKDAY_HOURS = '周一至周五 8:30-12:00，14:30-17:30';
export const CENTRE_HOURS = '周一至周日 8:00-18:00（节假日照常）';
