import type { Handler } from '../../core/define-function';
import { authorize } from '../../core/policy/authorize';
import { EventRepository, type EventDoc } from '../../core/reminders/event-repository';
import { PlanRepository, type PlanDoc } from '../../core/reminders/plan-repository';
import { PrescriptionRepository } from '../../core/reminders/prescription-repository';
import { toDose, toPlan } from '../../core/reminders/views';
import { quotaOf } from '../../core/reminders/quota';
import { adherenceRate, adherenceWeek } from '../../../shared/reminder/adherence';
import { addDays, occurrencesBetween, occurrencesOn } from '../../../shared/reminder/schedule';
import { localDay, startOfLocalDay } from '../../../shared/resident/age';

/** Occurrences of a plan in `[from, to]` while it ran. */
function ranBetween(plan: PlanDoc, from: Date, to: Date): Date[] {
  const end = plan.endedAt ? Math.min(to.getTime(), new Date(plan.endedAt).getTime()) : to.getTime();
  return end < from.getTime() ? [] : occurrencesBetween(plan, from, new Date(end));
}

/**
 * The reminders page of one resident: the three prescriptions (the plans, diet and exercise), today's
 * doses, the week's adherence and the caller's own remaining reminders. For the resident, a guardian
 * with the reminders scope and the team.
 */
export const overview: Handler<'reminder.overview'> = async (input, ctx) => {
  const access = await authorize(ctx, { residentId: input.residentId, permission: 'reminders.read' });
  const now = ctx.now();
  const today = localDay(now);
  const weekStart = startOfLocalDay(addDays(today, -6));
  const [plans, prescriptions, events, quota] = await Promise.all([
    new PlanRepository(ctx.db).forResident(input.residentId),
    new PrescriptionRepository(ctx.db).find(input.residentId),
    new EventRepository(ctx.db).forResident(input.residentId, weekStart, startOfLocalDay(addDays(today, 1))),
    quotaOf(ctx.db, ctx.openid),
  ]);
  const byId = new Map<string, EventDoc>(events.map((e) => [e._id, e]));
  const eventOf = (plan: PlanDoc, at: Date) => byId.get(`${plan._id}_${at.getTime()}`) ?? null;

  const todayDoses = plans
    .filter((p) => p.status === 'active')
    .flatMap((p) => occurrencesOn(p, today).map((at) => toDose(p, at, eventOf(p, at), now)))
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.drug.localeCompare(b.drug));
  // Up to the end of today: a dose confirmed a little early counts, one still to come does not.
  const endOfToday = new Date(startOfLocalDay(addDays(today, 1)).getTime() - 1);
  const weekDoses = plans.flatMap((p) =>
    ranBetween(p, weekStart, endOfToday).map((dueAt) => ({ dueAt, confirmed: eventOf(p, dueAt)?.confirmed ?? null })),
  );
  const week = adherenceWeek(weekDoses, now);
  const manage = access.as !== 'guardian' || access.scopes.includes('reminders');
  return {
    resident: { id: access.resident._id, name: access.resident.name },
    plans: plans.filter((p) => p.status === 'active').map(toPlan),
    prescriptions: prescriptions
      ? { diet: prescriptions.diet, exercise: prescriptions.exercise, author: prescriptions.author.label, updatedAt: new Date(prescriptions.updatedAt).toISOString() }
      : null,
    today: todayDoses,
    week,
    rate: adherenceRate(week),
    quota,
    can: { manage, prescribe: access.as === 'staff' },
  };
};
