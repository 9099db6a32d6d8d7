import type { Handler } from '../../core/define-function';
import { authorizeTeam } from '../../core/policy/team-access';
import { AuditLog } from '../../core/audit/audit-log';
import { auditEntry, decideFor, loadCurrentTeams } from '../../core/policy/authorize';
import { GuardianshipRepository, type GuardianshipDoc } from '../../core/guardianships/guardianship-repository';
import { ResidentRepository } from '../../core/residents/resident-repository';
import { ContractRepository } from '../../core/contracts/contract-repository';
import { GridRepository } from '../../core/grids/grid-repository';
import { toGuardianship } from '../../core/residents/views';
import { maskIdNumber } from '../../../shared/resident/id-number';
import { ageOn } from '../../../shared/resident/age';

/** A consent this close to expiry is listed again so the team can renew it at the next visit. */
const RENEW_WITHIN_MS = 30 * 86_400_000;

function needsTeam(g: GuardianshipDoc, now: Date): boolean {
  if (g.consentRoute !== 'in_person') return false;
  if (g.status === 'pending') return true;
  if (g.status !== 'active') return false;
  const consents = [g.guardianConsent, g.residentConsent].filter((c) => c !== null);
  return consents.length > 0 && consents.every((c) => new Date(c.expiresAt).getTime() - now.getTime() < RENEW_WITHIN_MS);
}

/**
 * For staff: guardianships of residents their team looks after that wait for consent to be checked
 * in person, or whose consent runs out within 30 days. Each resident shown is recorded in that
 * resident's access record.
 */
export const pendingConsents: Handler<'resident.pendingConsents'> = async (_input, ctx) => {
  const now = ctx.now();
  const { actor: account, team } = await authorizeTeam(ctx, 'consents.pending');
  const teamId = team._id;

  const [grids, contracted] = await Promise.all([new GridRepository(ctx.db).ofTeam(teamId), new ContractRepository(ctx.db).residentsOfTeam(teamId)]);
  const residents = new ResidentRepository(ctx.db);
  const candidates = new Map(
    [
      ...(await residents.inGrids(grids.map((g) => g.gridId))),
      ...(await residents.findMany(contracted)),
    ].map((r) => [r._id, r]),
  );
  const waiting = (await new GuardianshipRepository(ctx.db).forResidents([...candidates.keys()])).filter((g) => needsTeam(g, now));

  const items = [];
  const audit = [];
  for (const residentId of new Set(waiting.map((g) => g.residentId))) {
    const resident = candidates.get(residentId)!;
    const decision = decideFor(ctx, account, resident, 'access.list', { teams: await loadCurrentTeams(ctx, resident) });
    if (!decision.allowed) continue;
    audit.push(await auditEntry(ctx, { residentId, permission: 'access.list', decision }, account, null));
    const summary = {
      id: resident._id,
      name: resident.name,
      gender: resident.gender,
      age: ageOn(resident.birthDate, now),
      idNumberMasked: maskIdNumber(resident.idMasked),
      address: resident.address,
    };
    for (const g of waiting.filter((w) => w.residentId === residentId)) {
      items.push({ guardianship: toGuardianship(g, resident.birthDate, now, true), resident: summary });
    }
  }
  await new AuditLog(ctx.db).record(audit);
  items.sort((a, b) => a.guardianship.createdAt.localeCompare(b.guardianship.createdAt));
  return { items };
};
