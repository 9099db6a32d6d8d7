import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { once } from '../../core/idempotency';
import { authorize } from '../../core/policy/authorize';
import { StayRepository } from '../../core/sojourn/stay-repository';
import type { StayDoc } from '../../core/sojourn/stay-docs';
import { toStay } from '../../core/sojourn/stay-views';
import { checkDeparture, stayDays, stayPeriod } from '../../../shared/sojourn/stay-rules';
import { daysBetween, localDay } from '../../../shared/resident/age';

/** The registration, with the caller allowed to act for the resident (`contract.sign`). */
async function ownStay(ctx: Parameters<Handler<'sojourn.end'>>[1], stayId: string): Promise<{ stay: StayDoc; name: string }> {
  const stay = await new StayRepository(ctx.db).find(stayId);
  if (!stay) throw new AppError('NOT_FOUND', '没有找到这份旅居登记', 'stayId');
  const access = await authorize(ctx, { residentId: stay.residentId, permission: 'contract.sign' });
  return { stay, name: access.as === 'self' ? '本人' : access.actor?.nickname ?? '家人' };
}

/** Extends a stay (延长旅居): a later departure, still at most 180 days from arrival. */
export const extend: Handler<'sojourn.extend'> = async ({ stayId, departure }, ctx) => {
  const { stay } = await ownStay(ctx, stayId);
  const { arrival, departure: current } = stayDays(stay.period);
  if (daysBetween(current, departure) <= 0) throw new AppError('INVALID_INPUT', `新的离开日期应晚于原定的${current}`, 'departure');
  const rule = checkDeparture(arrival, departure);
  if (rule) throw new AppError('INVALID_INPUT', rule.message, 'departure');
  const repo = new StayRepository(ctx.db);
  await once(ctx, async () => {
    await repo.extend(stay._id, stayPeriod(arrival, departure).end, ctx.now());
    return null;
  });
  return toStay((await repo.find(stay._id))!, ctx.now(), 'resident');
};

/** Ends a stay early (提前结束) or withdraws a registration not yet begun; the team's access ends now. */
export const end: Handler<'sojourn.end'> = async ({ stayId }, ctx) => {
  const { stay, name } = await ownStay(ctx, stayId);
  const repo = new StayRepository(ctx.db);
  await once(ctx, async () => {
    const now = ctx.now();
    await repo.end(stay._id, { at: now, by: ctx.openid, byLabel: name, reason: `${localDay(now)}提前结束旅居` }, now);
    return null;
  });
  return toStay((await repo.find(stay._id))!, ctx.now(), 'resident');
};
