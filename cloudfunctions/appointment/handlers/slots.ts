import type { Handler } from '../../core/define-function';
import { authorize } from '../../core/policy/authorize';
import { standing } from '../../core/appointments/eligibility';
import { SlotRepository } from '../../core/appointments/slot-repository';
import { toSlot } from '../../core/appointments/appointment-views';
import type { SlotDoc } from '../../core/appointments/appointment-docs';
import { bookingHorizon } from '../../../shared/appointment/booking-rules';
import { addDays, dayText } from '../../../shared/appointment/local-time';
import { VISIT_KIND_LABELS } from '../../../shared/appointment/kinds';
import { startOfLocalDay } from '../../../shared/resident/age';
import type { ActionOutput } from '../../../shared/api';

type Day = ActionOutput<'appointment.slots'>['days'][number];

/**
 * The next 14 days of the resident's team's slots, by day and service point, with places left; home
 * visits only for those whose contract has the home-visit package. `blocked` says why booking is not
 * possible now (no contract, paused after no-shows, three bookings already).
 */
export const slots: Handler<'appointment.slots'> = async ({ residentId }, ctx) => {
  await authorize(ctx, { residentId, permission: 'appointment.book' });
  const now = ctx.now();
  const stand = await standing(ctx, residentId);
  if (!stand.team) return { team: null, blocked: stand.blocked, homeVisitAllowed: false, days: [] };
  const { last } = bookingHorizon(now);
  const docs = await new SlotRepository(ctx.db).forTeam(stand.team._id, now, startOfLocalDay(addDays(last, 1)));
  const held = stand.heldSlots;
  const visible = docs.filter((s) => s.kind !== 'home_visit' || stand.homeVisitAllowed);
  return {
    team: { id: stand.team._id, name: stand.team.name, phone: stand.team.phone },
    blocked: stand.blocked,
    homeVisitAllowed: stand.homeVisitAllowed,
    days: group(visible, held, residentId, now),
  };
};

function group(docs: SlotDoc[], held: Set<string>, residentId: string, now: Date): Day[] {
  const days = new Map<string, Map<string, Day['points'][number]>>();
  for (const s of docs) {
    const points = days.get(s.day) ?? new Map<string, Day['points'][number]>();
    days.set(s.day, points);
    const key = `${s.pointId}|${s.kind}`;
    const point = points.get(key) ?? { pointId: s.pointId, pointName: s.pointName, pointAddress: s.pointAddress, kind: s.kind, kindLabel: VISIT_KIND_LABELS[s.kind], slots: [] };
    points.set(key, point);
    point.slots.push(toSlot(s, held.has(s._id), residentId, now));
  }
  return [...days.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, points]) => ({ day, dayText: dayText(day), points: [...points.values()] }));
}
