import crypto from 'node:crypto';
import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { once } from '../../core/idempotency';
import { authorize } from '../../core/policy/authorize';
import { PlanRepository, type PlanDoc } from '../../core/reminders/plan-repository';
import { toPlan } from '../../core/reminders/views';
import { nextOccurrence, type Schedule } from '../../../shared/reminder/schedule';
import { localDay } from '../../../shared/resident/age';

/**
 * Creates or changes a medication plan (the resident, a guardian with the reminders scope, or the
 * team). The next occurrence is computed from now, so a change never re-sends a dose already sent;
 * topping up the stock re-arms the refill notice.
 */
export const savePlan: Handler<'reminder.savePlan'> = (input, ctx) =>
  once(ctx, async () => {
    const access = await authorize(ctx, { residentId: input.residentId, permission: 'reminders.manage' });
    const plans = new PlanRepository(ctx.db);
    const existing = input.planId ? await plans.find(input.planId) : null;
    if (input.planId && (!existing || existing.residentId !== input.residentId)) throw new AppError('NOT_FOUND', '没有找到该用药提醒');
    if (existing?.status === 'ended') throw new AppError('CONFLICT', '该用药提醒已停止，请新建一条');

    const now = ctx.now();
    if (input.endDate !== null && input.endDate < localDay(now)) {
      throw new AppError('INVALID_INPUT', '结束日期不能早于今天', 'endDate');
    }
    const weekdays = input.weekdays === null || input.weekdays.length === 7 ? null : [...input.weekdays].sort((a, b) => a - b);
    const schedule: Schedule = { times: [...input.times].sort(), weekdays, startDate: input.startDate, endDate: input.endDate };
    const nextDueAt = nextOccurrence(schedule, now);
    if (!nextDueAt) throw new AppError('INVALID_INPUT', '开始到结束日期之间没有需要服药的时间，请检查日期和星期', 'endDate');

    const toppedUp = existing !== null && input.stock !== null && (existing.stock === null || input.stock > existing.stock);
    const doc: PlanDoc = {
      _id: existing?._id ?? `rp_${crypto.randomBytes(12).toString('hex')}`,
      residentId: input.residentId,
      drug: input.drug,
      dose: input.dose,
      unit: input.unit,
      times: [...schedule.times],
      weekdays,
      startDate: input.startDate,
      endDate: input.endDate,
      meal: input.meal,
      notes: input.notes,
      stock: input.stock,
      status: 'active',
      endedAt: null,
      nextDueAt,
      refillNoticeAt: existing && !toppedUp && input.stock !== null ? existing.refillNoticeAt : null,
      createdBy: existing?.createdBy ?? { openid: ctx.openid, as: access.as },
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    if (existing) await plans.replace(doc);
    else await plans.add(doc);
    return toPlan(doc);
  }, {
    // The access check above runs on the first call only: a replay must pass it again.
    replay: async () => {
      await authorize(ctx, { residentId: input.residentId, permission: 'reminders.manage' });
    },
  });
