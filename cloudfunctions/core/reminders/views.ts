import type { Dose, Plan } from '../../../shared/api/reminder';
import { doseState, type Confirmation } from '../../../shared/reminder/adherence';
import { daysOfStock, wallClock } from '../../../shared/reminder/schedule';
import { instruction } from '../../../shared/reminder/vocabulary';
import type { PlanDoc } from './plan-repository';
import type { EventDoc } from './event-repository';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function toPlan(doc: PlanDoc): Plan {
  const days = doc.stock === null ? null : daysOfStock(doc.stock, doc.dose, doc);
  return {
    id: doc._id,
    residentId: doc.residentId,
    drug: doc.drug,
    dose: doc.dose,
    unit: doc.unit,
    times: doc.times,
    weekdays: doc.weekdays,
    startDate: doc.startDate,
    endDate: doc.endDate,
    meal: doc.meal,
    notes: doc.notes,
    stock: doc.stock,
    stockDays: days === null || !Number.isFinite(days) ? null : Math.floor(days),
    status: doc.status,
    nextDueAt: iso(doc.nextDueAt),
    createdBy: doc.createdBy.as,
  };
}

/** One dose of a plan at `dueAt`, with its confirmation from the recorded occurrence if any. */
export function toDose(plan: PlanDoc, dueAt: Date, event: EventDoc | null, now: Date): Dose {
  const confirmed: Confirmation | null = event?.confirmed ?? null;
  return {
    planId: plan._id,
    drug: plan.drug,
    instruction: instruction(plan.dose, plan.unit, plan.meal),
    dueAt: dueAt.toISOString(),
    time: wallClock(dueAt),
    state: doseState(dueAt, confirmed, now),
    confirmedAt: iso(event?.confirmedAt ?? null),
  };
}
