import { defineFunction } from '../core/define-function';
import { register } from './handlers/register';
import { mine } from './handlers/mine';
import { review } from './handlers/review';
import { guests } from './handlers/guests';
import { extend, end } from './handlers/change';
import { closingNote } from './handlers/closing-note';
import { summary } from './handlers/summary';
import { endStays } from './timers';

/**
 * Sojourn registration (旅居登记): a stay with a sojourn team beside the home contract, its review,
 * extension and early end, the team's guest list, the nightly end of stays and the handback summary.
 */
export const main = defineFunction('sojourn', { register, mine, review, guests, extend, end, closingNote, summary }, { endStays });
