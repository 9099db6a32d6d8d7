import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { authorize } from '../../core/policy/authorize';
import { PlanRepository } from '../../core/reminders/plan-repository';
import { toPlan } from '../../core/reminders/views';

/** Stops a plan: no more reminders; its past doses stay in the adherence picture. Stopping twice is harmless. */
export const endPlan: Handler<'reminder.endPlan'> = async (input, ctx) => {
  await authorize(ctx, { residentId: input.residentId, permission: 'reminders.manage' });
  const plans = new PlanRepository(ctx.db);
  const plan = await plans.find(input.planId);
  if (!plan || plan.residentId !== input.residentId) throw new AppError('NOT_FOUND', '没有找到该用药提醒');
  if (plan.status === 'ended') return toPlan(plan);
  const now = ctx.now();
  const ended = { ...plan, status: 'ended' as const, endedAt: now, nextDueAt: null, updatedAt: now };
  await plans.replace(ended);
  return toPlan(ended);
};
