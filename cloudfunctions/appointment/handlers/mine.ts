import type { Handler } from '../../core/define-function';
import { authorize } from '../../core/policy/authorize';
import { AppointmentRepository } from '../../core/appointments/appointment-repository';
import { toAppointment, toWaiting } from '../../core/appointments/appointment-views';
import { WaitlistRepository } from '../../core/appointments/waitlist-repository';
import { dayOf } from '../../../shared/appointment/local-time';
import { cancelHoursOf, standing } from '../../core/appointments/eligibility';
import { TeamRepository } from '../../core/grids/team-repository';
import { pausedMessage } from '../../../shared/appointment/booking-rules';

/** A resident's bookings: those still to come first (soonest first), then past and cancelled ones. */
export const mine: Handler<'appointment.mine'> = async ({ residentId }, ctx) => {
  await authorize(ctx, { residentId, permission: 'appointment.book' });
  const now = ctx.now();
  const [docs, stand, waits] = await Promise.all([
    new AppointmentRepository(ctx.db).forResident(residentId, 100),
    standing(ctx, residentId),
    new WaitlistRepository(ctx.db).forResident(residentId),
  ]);
  const teams = await new TeamRepository(ctx.db).findMany(docs.map((d) => d.teamId));
  const view = (d: (typeof docs)[number]) => toAppointment(d, cancelHoursOf(teams.get(d.teamId) ?? null), now);
  const isUpcoming = (d: (typeof docs)[number]) => d.status === 'booked' && new Date(d.endsAt).getTime() > now.getTime();
  const team = stand.team;
  return {
    upcoming: docs.filter(isUpcoming).reverse().map(view),
    past: docs.filter((d) => !isUpcoming(d)).map(view),
    waiting: waits.filter((w) => w.day >= dayOf(now)).map(toWaiting),
    paused: stand.pausedUntil && team ? { until: stand.pausedUntil.toISOString(), message: pausedMessage(stand.pausedUntil, team.name, team.phone) } : null,
  };
};
