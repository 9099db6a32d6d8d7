import type { Handler } from '../../core/define-function';
import { decideFor } from '../../core/policy/authorize';
import { authorizeTeam } from '../../core/policy/team-access';
import { ContractRepository } from '../../core/contracts/contract-repository';
import { ReadingRepository, type ReadingDoc } from '../../core/readings/reading-repository';
import { ResidentRepository } from '../../core/residents/resident-repository';
import { momentText } from '../../../shared/appointment/local-time';
import { valueText } from '../../../shared/health/readings';
import { controlStatus, suggestedRisk, type StoredReading } from '../../../shared/health/trend';
import { triage as order, TRIAGE_REASON_LABELS, type TriageFacts } from '../../../shared/health/triage';
import { classify } from '../../../shared/resident/classification';
import { ageOn } from '../../../shared/resident/age';
import { currentTeams } from '../../../shared/policy/teams';

const DAY = 86_400_000;
const stored = (r: ReadingDoc): StoredReading => ({ values: r.values, level: r.level, measuredAt: new Date(r.measuredAt) });

/**
 * The team's patients who need a call today, most pressing first: urgent readings not yet followed
 * up, then blood pressure or glucose above target over two weeks, then chronic-package patients
 * with no reading for 30 days. Only residents the team looks after now, each checked by the policy.
 */
export const triage: Handler<'health.triage'> = async (_input, ctx) => {
  const { team, actor } = await authorizeTeam(ctx, 'readings.triage');
  const now = ctx.now();
  const contracts = await new ContractRepository(ctx.db).activeOfTeam(team._id);
  const residents = await new ResidentRepository(ctx.db).findMany([...new Set(contracts.map((c) => c.residentId))]);
  const ours = residents.filter((r) => {
    const inEffect = contracts.filter((c) => c.residentId === r._id && c.period).map((c) => ({ teamId: c.teamId, kind: c.kind, status: c.status, period: c.period! }));
    const teams = currentTeams({ contracts: inEffect, gridTeamId: null, at: now });
    return decideFor(ctx, actor, r, 'readings.read', { teams }).allowed;
  });
  const ids = ours.map((r) => r._id);
  const readings = new ReadingRepository(ctx.db);
  const [recent, open] = await Promise.all([readings.forResidents(ids, new Date(now.getTime() - 30 * DAY)), readings.openUrgent(ids)]);
  const byResident = new Map<string, ReadingDoc[]>();
  for (const r of recent) byResident.set(r.residentId, [...(byResident.get(r.residentId) ?? []), r]);
  const openBy = new Map<string, ReadingDoc[]>();
  for (const r of open) openBy.set(r.residentId, [...(openBy.get(r.residentId) ?? []), r]);
  // A sojourn team's active contracts are stays, which carry no packages.
  const chronic = new Set(contracts.filter((c) => c.kind === 'regular' && (c.packages ?? []).some((p) => p.code === 'chronic')).map((c) => c.residentId));

  const facts: TriageFacts[] = ours.map((r) => {
    const mine = (byResident.get(r._id) ?? []).filter((x) => x.values.kind !== 'weight');
    const urgent = openBy.get(r._id) ?? [];
    return {
      residentId: r._id,
      openUrgent: { count: urgent.length, oldest: urgent[0] ? new Date(urgent[0].measuredAt) : null },
      status: controlStatus(mine.map(stored), ageOn(r.birthDate, now), now),
      lastReadingAt: mine.length > 0 ? new Date(mine[mine.length - 1].measuredAt) : null,
      chronicPackage: chronic.has(r._id),
    };
  });
  const people = new Map(ours.map((r) => [r._id, r]));
  const factsBy = new Map(facts.map((f) => [f.residentId, f]));
  return {
    team: { id: team._id, name: team.name },
    entries: order(facts, now).map((e) => {
      const r = people.get(e.residentId)!;
      const f = factsBy.get(e.residentId)!;
      const mine = (byResident.get(r._id) ?? []).filter((x) => x.values.kind !== 'weight');
      const first = (openBy.get(r._id) ?? [])[0];
      const detail =
        e.reason === 'urgent'
          ? `${valueText(first.values)} · ${momentText(new Date(first.measuredAt))}`
          : e.reason === 'above'
            ? `近两周${mine.length}次测量，最近 ${valueText(mine[mine.length - 1].values)}`
            : f.lastReadingAt
              ? `上次测量 ${momentText(f.lastReadingAt)}`
              : '30天内没有血压、血糖记录';
      return {
        residentId: r._id,
        name: r.name,
        age: ageOn(r.birthDate, now),
        phone: r.phone,
        reason: e.reason,
        reasonLabel: TRIAGE_REASON_LABELS[e.reason],
        detail,
        risk: classify(r, now).elderlyRisk,
        suggestedRisk: ageOn(r.birthDate, now) >= 65 ? suggestedRisk(f.status) : null,
        openUrgent: f.openUrgent.count,
      };
    }),
  };
};
