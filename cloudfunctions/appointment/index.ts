import { defineFunction } from '../core/define-function';
import { publish } from './handlers/publish';
import { slots } from './handlers/slots';
import { book } from './handlers/book';
import { cancel } from './handlers/cancel';
import { mine } from './handlers/mine';
import { close } from './handlers/close';
import { roster } from './handlers/roster';
import { mark } from './handlers/mark';

/**
 * Appointments (预约): staff publish slots for their service points and close them (停诊); residents
 * and family with the 预约 scope book, cancel and see their bookings; staff see who comes and mark
 * attendance, which after repeated no-shows pauses online booking.
 */
export const main = defineFunction('appointment', { publish, slots, book, cancel, mine, close, roster, mark });
