import { defineFunction } from '../core/define-function';
import { publish } from './handlers/publish';
import { slots } from './handlers/slots';
import { book } from './handlers/book';
import { cancel } from './handlers/cancel';
import { mine } from './handlers/mine';
import { close } from './handlers/close';
import { roster } from './handlers/roster';
import { mark } from './handlers/mark';
import { recordVisit } from './handlers/record-visit';
import { fulfilment } from './handlers/fulfilment';
import { rate } from './handlers/rate';
import { teamRatings } from './handlers/team-ratings';
import { reschedule } from './handlers/reschedule';
import { wait } from './handlers/wait';
import { adjust } from './handlers/adjust';
import { dayBeforeReminders, releaseHolds } from './timers';

/**
 * Appointments (预约): staff publish slots for their service points and close them (停诊); residents
 * and family with the 预约 scope book, cancel and see their bookings; staff see who comes and mark
 * attendance, which after repeated no-shows pauses online booking; they record what each visit
 * delivered, which moves the contract's fulfilment (履约进度), and residents rate attended visits.
 * Rescheduling swaps bookings atomically; a full day has a waiting list whose first waiter gets a
 * freed place kept for 15 minutes; the evening timer sends the day-before reminder once per booking.
 */
export const main = defineFunction(
  'appointment',
  { publish, slots, book, cancel, mine, close, roster, mark, recordVisit, fulfilment, rate, teamRatings, reschedule, wait, adjust },
  { dayBeforeReminders, releaseHolds },
);
