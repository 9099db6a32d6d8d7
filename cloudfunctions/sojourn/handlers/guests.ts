import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { AccountRepository, staffTeamOf } from '../../core/accounts/account-repository';
import { AuditLog } from '../../core/audit/audit-log';
import { auditEntry, decideFor } from '../../core/policy/authorize';
import { TeamRepository } from '../../core/grids/team-repository';
import { ResidentRepository } from '../../core/residents/resident-repository';
import { StayRepository } from '../../core/sojourn/stay-repository';
import { toStay } from '../../core/sojourn/stay-views';
import { currentTeams } from '../../../shared/policy/teams';
import { ageOn } from '../../../shared/resident/age';
import { stayDays } from '../../../shared/sojourn/stay-rules';

/**
 * The sojourn team's guest list (旅居人员名单): guests staying now, each shown as the policy allows
 * (`stay.care`: only during the stay) with what they consented to share, and the registrations
 * waiting for review. Every guest's record read goes into their access record.
 */
export const guests: Handler<'sojourn.guests'> = async (_input, ctx) => {
  const actor = await new AccountRepository(ctx.db).find(ctx.openid);
  const teamId = staffTeamOf(actor);
  if (!teamId) throw new AppError('FORBIDDEN', '只有团队成员可以查看旅居人员名单');
  const team = await new TeamRepository(ctx.db).find(teamId);
  if (!team) throw new AppError('NOT_FOUND', '没有找到您的团队');
  const repo = new StayRepository(ctx.db);
  const now = ctx.now();
  const [active, pending] = await Promise.all([repo.ofTeam(teamId, 'active'), repo.ofTeam(teamId, 'pending_review')]);
  const residents = new Map((await new ResidentRepository(ctx.db).findMany(active.map((s) => s.residentId))).map((r) => [r._id, r]));
  const audit = [];
  const list = [];
  for (const stay of active) {
    const resident = residents.get(stay.residentId);
    if (!resident) continue;
    const teams = currentTeams({ contracts: [stay], gridTeamId: null, at: now });
    const decision = decideFor(ctx, actor, resident, 'stay.care', { teams });
    if (!decision.allowed) continue;
    audit.push(await auditEntry(ctx, { residentId: resident._id, permission: 'stay.care', decision }, actor, null));
    const shares = new Set(stay.shareScopes);
    list.push({
      stayId: stay._id,
      residentName: stay.residentName,
      age: ageOn(resident.birthDate, now),
      ...stayDays(stay.period),
      risk: resident.riskConfirmed?.level ?? null,
      conditions: shares.has('conditions') ? stay.conditions : null,
      medicines: shares.has('medicines') ? stay.medicines : null,
      address: stay.address,
      emergencyContact: stay.emergencyContact,
    });
  }
  if (audit.length > 0) await new AuditLog(ctx.db).record(audit);
  list.sort((a, b) => a.departure.localeCompare(b.departure));
  return {
    team: { id: team._id, name: team.name, institution: team.institution, phone: team.phone },
    guests: list,
    pending: pending.map((s) => toStay(s, now, 'staff')),
  };
};
