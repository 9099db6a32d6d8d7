import { addDays, dayOf } from '../../../shared/appointment/local-time';
import { startOfLocalDay } from '../../../shared/resident/age';

/**
 * For a journey that sets something a few minutes ahead and expects it on today's list: when midnight
 * in China is less than `minutes` away, that moment would fall on tomorrow, so this waits until just
 * after midnight. The test's own timeout must leave room for the wait.
 */
export async function clearOfChinaMidnight(minutes: number): Promise<void> {
  const toMidnight = startOfLocalDay(addDays(dayOf(new Date()), 1)).getTime() - Date.now();
  if (toMidnight < minutes * 60_000) await new Promise((r) => setTimeout(r, toMidnight + 5_000));
}
