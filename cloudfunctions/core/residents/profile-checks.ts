import type { Ctx } from '../context';
import { AppError } from '../errors';
import { GridRepository } from '../grids/grid-repository';
import { daysBetween, localDay } from '../../../shared/resident/age';
import { POSTPARTUM_DAYS } from '../../../shared/resident/classification';
import { checkIdNumber } from '../../../shared/resident/id-number';
import { asksAboutPregnancy, PREGNANCY_AGES } from '../../../shared/resident/applicable-fields';

/** Longest time before delivery a pregnancy can be registered (about ten months). */
const MAX_DAYS_TO_DUE = 300;

/** The checks of a profile that depend on today's date; the form rules are in the shared schema. */
export function checkDatedFacts(input: { idNumber?: string; pregnancy?: { dueDate: string } | null }, now: Date): void {
  const today = localDay(now);
  if (input.idNumber !== undefined) {
    const check = checkIdNumber(input.idNumber, today);
    if (!check.ok) throw new AppError('INVALID_INPUT', check.message, 'idNumber');
  }
  if (input.pregnancy) {
    const days = daysBetween(today, input.pregnancy.dueDate);
    if (days < -POSTPARTUM_DAYS) throw new AppError('INVALID_INPUT', '预产期已过去超过42天，无需再登记孕产情况', 'pregnancy.dueDate');
    if (days > MAX_DAYS_TO_DUE) throw new AppError('INVALID_INPUT', '预产期不能晚于今天起10个月', 'pregnancy.dueDate');
  }
}

/**
 * Refuses a pregnancy for someone the form does not ask about it (a man, or a woman outside the
 * childbearing ages): the screens hide the question for them, and a call that sends one anyway is wrong.
 */
export function checkPregnancyApplies(person: { gender: 'male' | 'female'; birthDate: string }, pregnancy: { dueDate: string } | null | undefined, now: Date): void {
  if (!pregnancy) return;
  if (person.gender !== 'female') throw new AppError('INVALID_INPUT', '只有女性可以登记孕产情况', 'pregnancy');
  if (!asksAboutPregnancy(person, now)) {
    throw new AppError('INVALID_INPUT', `孕产情况只适用于${PREGNANCY_AGES.min}至${PREGNANCY_AGES.max}岁的女性`, 'pregnancy');
  }
}

/** Makes sure a chosen grid exists, so that its team can be found. */
export async function checkGrid(ctx: Ctx, gridId: string | null | undefined): Promise<void> {
  if (!gridId) return;
  if (!(await new GridRepository(ctx.db).find(gridId))) throw new AppError('INVALID_INPUT', '没有找到所选的社区网格，请重新选择', 'gridId');
}
