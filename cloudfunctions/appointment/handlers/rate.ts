import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { authorize } from '../../core/policy/authorize';
import { VisitRepository } from '../../core/visits/visit-repository';
import { toVisit } from '../../core/visits/visit-views';

/** The resident, or family with the 预约 scope, rates a booked visit once it was attended (居民评价). */
export const rate: Handler<'appointment.rate'> = async ({ visitId, stars, tags, comment }, ctx) => {
  const visits = new VisitRepository(ctx.db);
  const visit = await visits.find(visitId);
  if (!visit) throw new AppError('NOT_FOUND', '没有找到这次就诊记录', 'visitId');
  await authorize(ctx, { residentId: visit.residentId, permission: 'visit.rate' });
  if (!visit.appointmentId) throw new AppError('NOT_ELIGIBLE', '预约就诊后才能评价');
  if (visit.rating || !(await visits.rate(visit._id, { stars, tags, comment, at: ctx.now(), by: ctx.openid }))) {
    throw new AppError('CONFLICT', '这次就诊已经评价过了，感谢您的反馈');
  }
  return toVisit((await visits.find(visit._id))!, true);
};
