import type { Ctx } from '../context';
import { ContractRepository } from '../contracts/contract-repository';
import type { ContractDoc } from '../contracts/contract-docs';
import type { TeamDoc } from '../grids/grid-docs';
import { HOME_VISIT_PACKAGE } from '../../../shared/appointment/kinds';
import { bookingPausedUntil, DEFAULT_CANCEL_HOURS, MAX_FUTURE_BOOKINGS, NO_SHOW_WINDOW_DAYS, pausedMessage } from '../../../shared/appointment/booking-rules';
import { AppointmentRepository, type RecentBooking } from './appointment-repository';
import type { StayDoc } from '../sojourn/stay-docs';
import { stayPhase } from '../../../shared/sojourn/stay-rules';

const DAY = 86_400_000;

export const cancelHoursOf = (team: Pick<TeamDoc, 'booking'> | null) => team?.booking?.cancelHours ?? DEFAULT_CANCEL_HOURS;

export type Blocked = { code: 'NOT_ELIGIBLE'; message: string };

export interface Standing {
  contract: ContractDoc | null;
  /** The team whose slots the resident books: the sojourn team during a stay, else the contract's team. */
  team: { _id: string; name: string; phone: string } | null;
  homeVisitAllowed: boolean;
  pausedUntil: Date | null;
  upcoming: number;
  /** Slots the resident holds a booking for now. */
  heldSlots: Set<string>;
  /** Bookings starting within the last 180 days or later, to find a replayed request among. */
  recent: RecentBooking[];
  /** The first reason the resident cannot book now, or null. */
  blocked: Blocked | null;
}

const covers = (c: ContractDoc, at: number) =>
  c.period !== null && new Date(c.period.start).getTime() <= at && at <= new Date(c.period.end).getTime();

/**
 * What looks after the resident now, from one read of their contracts in effect: the regular contract
 * covering today (the latest submitted, should two ever overlap) and the approved stay under way.
 */
export async function inEffect(ctx: Ctx, residentId: string): Promise<{ contract: ContractDoc | null; stay: StayDoc | null }> {
  const now = ctx.now();
  const active = await new ContractRepository(ctx.db).activeFor(residentId);
  const regular = active
    .filter((c) => c.kind === 'regular' && covers(c, now.getTime()))
    .sort((a, b) => new Date(b.submittedAt).getTime() - new Date(a.submittedAt).getTime());
  const stay = (active as Array<ContractDoc | StayDoc>).find((c): c is StayDoc => c.kind === 'sojourn' && stayPhase((c as StayDoc).period, now) === 'during') ?? null;
  return { contract: regular[0] ?? null, stay };
}

/** The contract in effect now, if any. */
export async function activeContract(ctx: Ctx, residentId: string): Promise<ContractDoc | null> {
  return (await inEffect(ctx, residentId)).contract;
}

/**
 * Where a resident stands for booking: the team of the contract in effect (the sojourn team during a
 * stay), whether home visits are part of it, a pause after no-shows, and how many bookings are
 * still to come (leaving out the one being rescheduled, `replacing`).
 */
export async function standing(ctx: Ctx, residentId: string, replacing: string | null = null): Promise<Standing> {
  const now = ctx.now();
  const appointments = new AppointmentRepository(ctx.db);
  const [{ contract, stay }, recent] = await Promise.all([
    inEffect(ctx, residentId),
    appointments.recentForResident(residentId, new Date(now.getTime() - 2 * NO_SHOW_WINDOW_DAYS * DAY)),
  ]);
  const noShows = recent.filter((a) => a.status === 'no_show').map((a) => new Date(a.startsAt));
  // A booking being rescheduled gives its place up in the same step, so it does not count.
  const booked = recent.filter((a) => a.status === 'booked' && a._id !== replacing);
  const upcoming = booked.filter((a) => new Date(a.startsAt).getTime() > now.getTime()).length;
  // During a stay the visitor is away from home: she books the sojourn team nearby.
  const signed = stay ?? contract;
  const team = signed ? { _id: signed.teamId, name: signed.team.name, phone: signed.team.phone } : null;
  const pausedUntil = bookingPausedUntil(noShows, now);
  const homeVisitAllowed = !stay && (contract?.packages.some((p) => p.code === HOME_VISIT_PACKAGE) ?? false);
  let blocked: Blocked | null = null;
  if (!team) blocked = { code: 'NOT_ELIGIBLE', message: '签约家庭医生团队后才能预约，请先签约' };
  else if (pausedUntil) blocked = { code: 'NOT_ELIGIBLE', message: pausedMessage(pausedUntil, team.name, team.phone) };
  else if (upcoming >= MAX_FUTURE_BOOKINGS)
    blocked = { code: 'NOT_ELIGIBLE', message: `最多同时预约${MAX_FUTURE_BOOKINGS}个号，请就诊或取消已有预约后再约` };
  return { contract, team, homeVisitAllowed, pausedUntil, upcoming, heldSlots: new Set(booked.map((a) => a.slotId)), recent, blocked };
}
