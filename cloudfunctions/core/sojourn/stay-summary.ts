import type { Ctx } from '../context';
import { ReadingRepository } from '../readings/reading-repository';
import { VisitRepository } from '../visits/visit-repository';
import { PlanRepository } from '../reminders/plan-repository';
import type { StaySummary } from '../../../shared/api/sojourn';
import { DELIVERY_CHANNEL_LABELS, SERVICE_ITEMS } from '../../../shared/appointment/services';
import { READING_KIND_LABELS, valueText } from '../../../shared/health/readings';
import type { StayDoc } from './stay-docs';

const within = (at: Date | null, period: StayDoc['period']) =>
  at !== null && new Date(at).getTime() >= new Date(period.start).getTime() && new Date(at).getTime() <= new Date(period.end).getTime();

/**
 * What happened during the stay (旅居健康小结): the sojourn team's visits and services, the readings
 * measured, medicines started or stopped, all between the first and last moment of the stay.
 */
export async function summaryOf(ctx: Ctx, stay: StayDoc): Promise<Omit<StaySummary, 'stay'>> {
  const [visits, readings, plans] = await Promise.all([
    new VisitRepository(ctx.db).forResident(stay.residentId),
    new ReadingRepository(ctx.db).forResident(stay.residentId, new Date(stay.period.start)),
    new PlanRepository(ctx.db).forResident(stay.residentId),
  ]);
  const changes = plans.flatMap((p) => {
    const dose = `${p.dose}${p.unit}`;
    return [
      ...(within(p.createdAt, stay.period) ? [{ at: new Date(p.createdAt), change: 'started' as const, drug: p.drug, dose }] : []),
      ...(within(p.endedAt, stay.period) ? [{ at: new Date(p.endedAt!), change: 'stopped' as const, drug: p.drug, dose }] : []),
    ];
  });
  return {
    visits: visits
      .filter((v) => v.teamId === stay.teamId && within(v.at, stay.period))
      .sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime())
      .map((v) => ({ at: new Date(v.at).toISOString(), channel: DELIVERY_CHANNEL_LABELS[v.channel], services: v.services.map((s) => SERVICE_ITEMS[s].label), note: v.note })),
    readings: readings
      .filter((r) => within(r.measuredAt, stay.period))
      .map((r) => ({ at: new Date(r.measuredAt).toISOString(), kind: READING_KIND_LABELS[r.values.kind], valueText: valueText(r.values), level: r.level })),
    medicationChanges: changes.sort((a, b) => a.at.getTime() - b.at.getTime()).map((c) => ({ ...c, at: c.at.toISOString() })),
  };
}
