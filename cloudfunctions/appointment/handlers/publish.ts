import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { authorizeTeam } from '../../core/policy/team-access';
import { SlotRepository } from '../../core/appointments/slot-repository';
import { slotId, type SlotDoc } from '../../core/appointments/appointment-docs';
import { checkPlan, MAX_PLAN_SLOTS, PERIOD_WINDOWS, planSlots } from '../../../shared/appointment/slot-plan';
import { dayOf } from '../../../shared/appointment/local-time';
import { cancelHoursOf } from '../../core/appointments/eligibility';

/**
 * Staff publish slots for one of their team's service points: clinic and home-visit slots from a
 * fixed point on chosen weekdays, mobile-point slots on the days of the point's schedule. Publishing
 * the same plan again adds nothing.
 */
export const publish: Handler<'appointment.publish'> = async (input, ctx) => {
  const { actor, team } = await authorizeTeam(ctx, 'slots.publish');
  const fixed = team.fixedPoints.find((p) => p.id === input.pointId);
  const mobile = team.mobilePoints.find((p) => p.id === input.pointId);
  const point = fixed ?? mobile;
  if (!point) throw new AppError('NOT_FOUND', '没有找到这个服务点', 'pointId');
  if (input.kind === 'mobile' && !mobile) throw new AppError('INVALID_INPUT', '流动服务点的号源请选择流动服务点', 'pointId');
  if (input.kind !== 'mobile' && !fixed) throw new AppError('INVALID_INPUT', '流动服务点只能发布“流动服务点”类型的号源', 'kind');
  const windows = input.windows.length > 0 ? input.windows : mobile ? PERIOD_WINDOWS[mobile.schedule.period] : [];
  if (windows.length === 0) throw new AppError('INVALID_INPUT', '请至少添加一个出诊时间段', 'windows');
  if (!mobile && input.weekdays.length === 0) throw new AppError('INVALID_INPUT', '请选择出诊日', 'weekdays');
  const plan = { ...input, windows };
  const problem = checkPlan(plan, dayOf(ctx.now()));
  if (problem) throw new AppError('INVALID_INPUT', problem.message, problem.field);
  const now = ctx.now();
  const planned = planSlots(plan, mobile ? mobile.schedule : null).filter((s) => s.startsAt.getTime() > now.getTime());
  if (planned.length === 0) throw new AppError('INVALID_INPUT', mobile ? `所选日期内没有${mobile.scheduleText}的巡诊日` : '所选日期内没有可发布的时段', 'from');
  if (planned.length > MAX_PLAN_SLOTS) throw new AppError('INVALID_INPUT', `一次最多发布${MAX_PLAN_SLOTS}个号，请缩短日期范围`, 'to');
  const docs: SlotDoc[] = planned.map((s) => ({
    _id: slotId(point.id, input.kind, s.startsAt),
    teamId: team._id,
    pointId: point.id,
    pointName: point.name,
    pointAddress: point.address,
    kind: input.kind,
    team: { name: team.name, phone: team.phone },
    cancelHours: cancelHoursOf(team),
    day: s.day,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    capacity: s.capacity,
    booked: 0,
    status: 'open',
    closedReason: null,
    hold: null,
    publishedBy: actor.openid,
    createdAt: now,
    updatedAt: now,
  }));
  const created = await new SlotRepository(ctx.db).addMissing(docs);
  return { created, existing: docs.length - created, days: [...new Set(docs.map((d) => d.day))] };
};
