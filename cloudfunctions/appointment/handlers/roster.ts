import type { Handler } from '../../core/define-function';
import { authorizeTeam } from '../../core/policy/team-access';
import { SlotRepository } from '../../core/appointments/slot-repository';
import { AppointmentRepository } from '../../core/appointments/appointment-repository';
import { timeText } from '../../core/appointments/appointment-views';
import { ResidentRepository } from '../../core/residents/resident-repository';
import { addDays, dayText } from '../../../shared/appointment/local-time';
import { APPOINTMENT_STATUS_LABELS, VISIT_KIND_LABELS } from '../../../shared/appointment/kinds';
import { ageOn, startOfLocalDay } from '../../../shared/resident/age';
import { classify } from '../../../shared/resident/classification';
import { PRIORITY_GROUP_LABELS } from '../../../shared/resident/classification';

/**
 * A day of the team's slots with who is booked, for the staff at the point: name, age, priority
 * groups and risk colour, the home-visit address, and whether each came. No ID numbers or phones.
 */
export const roster: Handler<'appointment.roster'> = async ({ day, pointId }, ctx) => {
  const { team } = await authorizeTeam(ctx, 'appointments.roster');
  const all = await new SlotRepository(ctx.db).forTeam(team._id, startOfLocalDay(day), startOfLocalDay(addDays(day, 1)));
  const slots = pointId ? all.filter((s) => s.pointId === pointId) : all;
  const bookings = await new AppointmentRepository(ctx.db).forSlots(slots.map((s) => s._id), ['booked', 'attended', 'no_show']);
  const residents = new Map((await new ResidentRepository(ctx.db).findMany([...new Set(bookings.map((b) => b.residentId))])).map((r) => [r._id, r]));
  const now = ctx.now();
  const points = new Map(all.map((s) => [s.pointId, s.pointName]));
  return {
    team: { id: team._id, name: team.name },
    day,
    dayText: dayText(day),
    points: [...points.entries()].map(([id, name]) => ({ pointId: id, pointName: name })),
    slots: slots.map((s) => ({
      id: s._id,
      pointId: s.pointId,
      pointName: s.pointName,
      kind: s.kind,
      kindLabel: VISIT_KIND_LABELS[s.kind],
      timeText: timeText(s.startsAt, s.endsAt),
      capacity: s.capacity,
      booked: s.booked,
      closed: s.status === 'closed',
      bookings: bookings
        .filter((b) => b.slotId === s._id)
        .map((b) => {
          const r = residents.get(b.residentId);
          const c = r ? classify(r, now) : null;
          return {
            appointmentId: b._id,
            residentId: b.residentId,
            residentName: b.residentName,
            age: r ? ageOn(r.birthDate, now) : 0,
            priorityGroups: (c?.priorityGroups ?? []).map((g) => PRIORITY_GROUP_LABELS[g]),
            risk: c?.elderlyRisk ?? null,
            address: b.address,
            status: b.status,
            statusLabel: APPOINTMENT_STATUS_LABELS[b.status],
          };
        }),
    })),
  };
};
