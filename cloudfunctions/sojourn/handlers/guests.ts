import type { Handler } from '../../core/define-function';
import { AuditLog } from '../../core/audit/audit-log';
import { auditEntry, decideFor } from '../../core/policy/authorize';
import { authorizeTeam } from '../../core/policy/team-access';
import { ResidentRepository } from '../../core/residents/resident-repository';
import { StayRepository } from '../../core/sojourn/stay-repository';
import { toStay } from '../../core/sojourn/stay-views';
import { currentTeams } from '../../../shared/policy/teams';
import { ageOn } from '../../../shared/resident/age';
import { stayDays } from '../../../shared/sojourn/stay-rules';

/**
 * The sojourn team's guest list (旅居人员名单), for staff of a sojourn team (`stay.guests`): guests
 * staying now, each shown as the policy allows (`stay.care`: only during the stay) with what they
 * consented to share and the closing note saved so far, and the registrations waiting for review. Every guest's record read goes into their access record.
 */
export const guests: Handler<'sojourn.guests'> = async (_input, ctx) => {
  const { actor, team } = await authorizeTeam(ctx, 'stay.guests');
  const teamId = team._id;
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
      closingNote: stay.closingNote ? { text: stay.closingNote.text, by: stay.closingNote.by, at: new Date(stay.closingNote.at).toISOString() } : null,
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
