import type { Handler } from '../../core/define-function';
import { authorize, decideFor, loadCurrentTeams } from '../../core/policy/authorize';
import { ReadingRepository } from '../../core/readings/reading-repository';
import { toReading } from '../../core/readings/reading-views';
import { teamContact } from '../../core/readings/team-contact';
import { addDays, dayOf } from '../../../shared/appointment/local-time';
import { GUIDELINES } from '../../../shared/health/guidelines';
import { bpTarget, type ReadingKind } from '../../../shared/health/readings';
import { CONTROL_STATUS_LABELS, controlStatus, plotted, weekAverages } from '../../../shared/health/trend';
import { ageOn, startOfLocalDay } from '../../../shared/resident/age';

const DAY = 86_400_000;

function band(kind: ReadingKind, age: number) {
  if (kind === 'bp') {
    const t = bpTarget(age);
    return { band: { aMax: t.systolic, bMax: t.diastolic, aMin: null }, targetText: `低于 ${t.systolic}/${t.diastolic} mmHg`, source: GUIDELINES.hypertension.source };
  }
  if (kind === 'glucose') {
    const g = GUIDELINES.diabetes;
    return { band: { aMax: g.above.fasting, bMax: null, aMin: g.low }, targetText: `空腹 ${g.low}–${g.above.fasting} mmol/L`, source: g.source };
  }
  return { band: { aMax: null, bMax: null, aMin: null }, targetText: null, source: null };
}

/**
 * The trend of one kind of reading over 30 or 90 days: every point, week averages, the target band
 * for the resident's age, the last reading and how well things were controlled over two weeks.
 */
export const chart: Handler<'health.chart'> = async ({ residentId, kind, days }, ctx) => {
  const access = await authorize(ctx, { residentId, permission: 'readings.read' });
  const now = ctx.now();
  const to = dayOf(now);
  const from = addDays(to, -(days - 1));
  const since = new Date(Math.min(startOfLocalDay(from).getTime(), now.getTime() - 14 * DAY));
  const resident = access.resident;
  const age = ageOn(resident.birthDate, now);
  const all = await new ReadingRepository(ctx.db).forResident(residentId, since);
  const shown = all.filter((r) => r.values.kind === kind && new Date(r.measuredAt).getTime() >= startOfLocalDay(from).getTime());
  const stored = all.map((r) => ({ values: r.values, level: r.level, measuredAt: new Date(r.measuredAt) }));
  const status = controlStatus(stored, age, now);
  const teams = await loadCurrentTeams(ctx, resident);
  const mayRecord = decideFor(ctx, access.actor, resident, 'readings.record', {
    teams,
    guardianships: access.guardianship ? [access.guardianship] : [],
  }).allowed;
  const recent = [...shown].reverse().slice(0, 20).map((r) => toReading(r, age));
  return {
    residentName: resident.name,
    kind,
    days,
    from,
    to,
    ...band(kind, age),
    points: shown.map((r) => ({ at: new Date(r.measuredAt).toISOString(), ...plotted(r.values), level: r.level })),
    weeks: weekAverages(shown.map((r) => ({ values: r.values, level: r.level, measuredAt: new Date(r.measuredAt) }))),
    last: recent[0] ?? null,
    recent,
    status,
    statusLabel: CONTROL_STATUS_LABELS[status],
    team: await teamContact(ctx, teams),
    canRecord: mayRecord,
  };
};
