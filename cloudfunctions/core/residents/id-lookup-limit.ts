import type { Database } from '../cloudbase';
import { AttemptLimiter } from '../attempt-limiter';

/** Answers per caller and hour that say whether an ID number is registered: enough for typing mistakes, too few to guess. */
export const ID_LOOKUP_FAILURES_PER_HOUR = 5;

/**
 * The one limiter of every path whose answer reveals whether an ID number has a profile (asking for
 * access by name and number, creating a profile with a number already taken, claiming a record):
 * they share one count, so spreading guesses over several actions gains nothing.
 */
export function idLookupLimiter(db: Database): AttemptLimiter {
  return new AttemptLimiter(db, 'id-number-lookup', ID_LOOKUP_FAILURES_PER_HOUR, 3_600_000);
}
