import { defineFunction } from '../core/define-function';
import { me } from './handlers/me';
import { setElderMode } from './handlers/set-elder-mode';

/** Accounts and resident profiles. */
export const main = defineFunction('resident', { me, setElderMode });
