import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { once } from '../../core/idempotency';
import { authorize } from '../../core/policy/authorize';
import { EventRepository, eventId, type EventDoc } from '../../core/reminders/event-repository';
import { PlanRepository } from '../../core/reminders/plan-repository';
import { noticeRefill } from '../../core/reminders/refill';
import { toDose } from '../../core/reminders/views';
import { occurrencesOn } from '../../../shared/reminder/schedule';
import { instruction } from '../../../shared/reminder/vocabulary';
import { localDay } from '../../../shared/resident/age';

const EARLY_MS = 60 * 60_000;
const OLDEST_MS = 7 * 86_400_000;

/**
 * Records a dose as taken or skipped, from the message's page or today's list: the resident, a
 * guardian with the reminders scope, or the team. Up to an hour early (a dose taken before the
 * reminder is never reminded) and up to seven days back. A taken dose comes off the stock; when
 * three days or fewer are left, the refill notice goes out once.
 */
export const confirmDose: Handler<'reminder.confirmDose'> = (input, ctx) =>
  once(ctx, async () => {
    const access = await authorize(ctx, { residentId: input.residentId, permission: 'reminders.manage' });
    const plans = new PlanRepository(ctx.db);
    const plan = await plans.find(input.planId);
    if (!plan || plan.residentId !== input.residentId) throw new AppError('NOT_FOUND', '没有找到该用药提醒');
    const dueAt = new Date(input.dueAt);
    const now = ctx.now();
    const scheduled = occurrencesOn(plan, localDay(dueAt)).some((d) => d.getTime() === dueAt.getTime());
    if (!scheduled || (plan.endedAt !== null && dueAt.getTime() > new Date(plan.endedAt).getTime())) {
      throw new AppError('INVALID_INPUT', '这个时间没有需要服用的药', 'dueAt');
    }
    if (dueAt.getTime() - now.getTime() > EARLY_MS) throw new AppError('INVALID_INPUT', '还没到服药时间，请到时再确认', 'dueAt');
    if (now.getTime() - dueAt.getTime() > OLDEST_MS) throw new AppError('INVALID_INPUT', '只能确认最近7天的服药', 'dueAt');

    const events = new EventRepository(ctx.db);
    const id = eventId(plan._id, dueAt);
    let done = await events.confirm(id, input.state, ctx.openid, now);
    if (!done && !(await events.find(id))) {
      // Confirmed before the reminder went out: the occurrence is recorded now, and the tick will not send it.
      const early: EventDoc = {
        _id: id,
        planId: plan._id,
        residentId: plan.residentId,
        dueAt,
        drug: plan.drug,
        instruction: instruction(plan.dose, plan.unit, plan.meal),
        status: 'pending',
        deliveries: [],
        confirmed: input.state,
        confirmedAt: now,
        confirmedBy: ctx.openid,
        missedCheckAt: null,
        missedAlerts: [],
        createdAt: now,
        updatedAt: now,
      };
      done = (await events.add(early)) || (await events.confirm(id, input.state, ctx.openid, now));
    }
    const event = await events.find(id);
    if (!done) {
      if (event?.confirmed === input.state) return toDose(plan, dueAt, event, now);
      throw new AppError('CONFLICT', event?.confirmed === 'taken' ? '这次服药已经确认为已服' : '这次服药已经确认为跳过');
    }
    if (input.state === 'taken' && plan.stock !== null) {
      const left = await plans.useStock(plan._id, plan.dose, now);
      if (left !== null) await noticeRefill(ctx, { ...plan, stock: left }, access.resident.name);
    }
    return toDose(plan, dueAt, event, now);
  }, {
    // The access check above runs on the first call only: a replay must pass it again.
    replay: async () => {
      await authorize(ctx, { residentId: input.residentId, permission: 'reminders.manage' });
    },
  });
