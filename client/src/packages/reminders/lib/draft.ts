import type { Plan, SavePlanInput } from '@shared/api/reminder';
import { localDay } from '@shared/resident/age';
import type { DoseUnit, MealRelation } from '@shared/reminder/vocabulary';

/** The plan editor's state, as typed (numbers and dates stay text until sent). */
export interface Draft {
  drug: string;
  dose: string;
  unit: DoseUnit;
  times: string[];
  everyDay: boolean;
  weekdays: number[];
  startDate: string;
  endDate: string;
  meal: MealRelation;
  notes: string;
  stock: string;
}

export function newDraft(now: Date): Draft {
  return { drug: '', dose: '1', unit: '片', times: ['08:00'], everyDay: true, weekdays: [], startDate: localDay(now), endDate: '', meal: 'after', notes: '', stock: '' };
}

export function draftOf(plan: Plan): Draft {
  return {
    drug: plan.drug,
    dose: String(plan.dose),
    unit: plan.unit,
    times: [...plan.times],
    everyDay: plan.weekdays === null,
    weekdays: plan.weekdays ?? [],
    startDate: plan.startDate,
    endDate: plan.endDate ?? '',
    meal: plan.meal,
    notes: plan.notes,
    stock: plan.stock === null ? '' : String(plan.stock),
  };
}

const num = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim()));

/** What the editor sends: empty end date = long-term, empty stock = not counted. */
export function toInput(d: Draft, residentId: string, planId?: string): SavePlanInput {
  return {
    residentId,
    ...(planId ? { planId } : {}),
    drug: d.drug.trim(),
    dose: num(d.dose),
    unit: d.unit,
    times: d.times.map((t) => t.trim()),
    weekdays: d.everyDay ? null : [...d.weekdays].sort((a, b) => a - b),
    startDate: d.startDate.trim(),
    endDate: d.endDate.trim() === '' ? null : d.endDate.trim(),
    meal: d.meal,
    notes: d.notes.trim(),
    stock: d.stock.trim() === '' ? null : num(d.stock),
  };
}
