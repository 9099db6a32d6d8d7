import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { pointLatLng, toTeamSummary } from '../../core/grids/grid-docs';
import { GridRepository } from '../../core/grids/grid-repository';
import { TeamRepository } from '../../core/grids/team-repository';
import { nextVisitDates } from '../../../shared/geo';
import { signingGuide } from '../../../shared/contract/signing-guide';

/** How many upcoming visit days of each mobile point the card lists. */
const NEXT_DATES = 3;

/** The team card: who is in the team, how to reach it, where and when it sees people. */
export const team: Handler<'grid.team'> = async ({ teamId }, ctx) => {
  const doc = await new TeamRepository(ctx.db).find(teamId);
  if (!doc) throw new AppError('NOT_FOUND', '没有找到这个家庭医生团队，请返回重新选择', 'teamId');
  const grids = await new GridRepository(ctx.db).ofTeam(teamId);
  const now = ctx.now();
  return {
    ...toTeamSummary(doc),
    regionText: doc.regionText,
    intro: doc.intro,
    members: doc.members.map((m) => ({ name: m.name, role: m.role, title: m.title, leader: m.leader })),
    fixedPoints: doc.fixedPoints.map((p) => ({ id: p.id, name: p.name, address: p.address, location: pointLatLng(p.location), hours: p.hours })),
    mobilePoints: doc.mobilePoints.map((p) => ({
      id: p.id,
      name: p.name,
      address: p.address,
      location: pointLatLng(p.location),
      schedule: p.schedule,
      scheduleText: p.scheduleText,
      nextDates: nextVisitDates(p.schedule, now, NEXT_DATES),
    })),
    grids: grids.map((g) => ({ id: g.gridId, name: g.name, community: g.region.community })),
    wellnessServices: (doc.wellnessServices ?? []).map((s) => ({ kind: s.kind, name: s.name, feeYuan: s.feeYuan, unit: s.unit, note: s.note })),
    signing: signingGuide(doc),
  };
};
