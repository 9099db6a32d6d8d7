import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { authorize } from '../../core/policy/authorize';
import { StayRepository } from '../../core/sojourn/stay-repository';
import { summaryOf } from '../../core/sojourn/stay-summary';
import { toStay } from '../../core/sojourn/stay-views';

/**
 * The handback summary (旅居健康小结) once the stay is over: for the resident, family with `view` and
 * the in-system home team (`stay.summary`); the sojourn team's access has ended with the stay.
 */
export const summary: Handler<'sojourn.summary'> = async ({ stayId }, ctx) => {
  const stay = await new StayRepository(ctx.db).find(stayId);
  if (!stay) throw new AppError('NOT_FOUND', '没有找到这份旅居登记', 'stayId');
  const access = await authorize(ctx, { residentId: stay.residentId, permission: 'stay.summary' });
  const view = toStay(stay, ctx.now(), access.as === 'staff' ? 'staff' : 'resident');
  if (!view.can.summary) throw new AppError('CONFLICT', '旅居结束后才能查看旅居健康小结');
  return { stay: view, ...(await summaryOf(ctx, stay)) };
};
