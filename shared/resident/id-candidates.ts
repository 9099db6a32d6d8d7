import { idCheckChar, isCalendarDate, type Gender } from './id-number';

/**
 * How many ID numbers fit what one screen or text shows about a person, for someone who reads the
 * region code (digits 1-6) off the address's district. Whatever is shown together must leave at least
 * `MIN_ID_CANDIDATES`: few enough candidates could be tried one by one wherever a number is accepted.
 */
export const MIN_ID_CANDIDATES = 10_000;

/** What is shown beside the masked number. */
export interface Disclosure {
  /** The masked number as shown: 18 characters, `*` for every hidden one. */
  masked: string;
  /** The exact birth date, the age on a given day (`at`, `YYYY-MM-DD`), or nothing. */
  birth: { date: string } | { age: number; at: string } | null;
  gender: Gender | null;
}

const DAY = 86_400_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Birth dates (`YYYYMMDD`) that fit the disclosure; without any birth fact, the last 100 years. */
function birthDays(birth: Disclosure['birth'], today: string): string[] {
  let from: number;
  let to: number;
  if (birth && 'date' in birth) return [birth.date.replace(/-/g, '')];
  if (birth) {
    // Aged `age` on `at`: born after `at` minus age+1 years and on or before `at` minus age years.
    const [y, m, d] = birth.at.split('-').map(Number);
    to = Date.UTC(y - birth.age, m - 1, d);
    from = Date.UTC(y - birth.age - 1, m - 1, d) + DAY;
  } else {
    const [y, m, d] = today.split('-').map(Number);
    to = Date.UTC(y, m - 1, d);
    from = Date.UTC(y - 100, m - 1, d);
  }
  const days: string[] = [];
  for (let t = from; t <= to; t += DAY) days.push(isoDay(t).replace(/-/g, ''));
  return days;
}

const fits = (shown: string, actual: string) => [...shown].every((c, i) => c === '*' || c === actual[i]);

/**
 * Counts the ID numbers consistent with `disclosure` when the region code is known: every birth day
 * that fits, times every sequence (digits 15-17; the 17th odd for men, even for women) that fits the
 * shown digits and gives the shown check character.
 */
export function countIdCandidates(disclosure: Disclosure, regionCode: string, today: string): number {
  const { masked, gender } = disclosure;
  if (masked.length !== 18 || !fits(masked.slice(0, 6), regionCode)) return 0;
  let count = 0;
  for (const day of birthDays(disclosure.birth, today)) {
    const [y, m, d] = [Number(day.slice(0, 4)), Number(day.slice(4, 6)), Number(day.slice(6, 8))];
    if (!isCalendarDate(y, m, d) || !fits(masked.slice(6, 14), day)) continue;
    for (let seq = 0; seq < 1000; seq += 1) {
      const digits = String(seq).padStart(3, '0');
      if (gender && (seq % 2 === 1) !== (gender === 'male')) continue;
      if (!fits(masked.slice(14, 17), digits)) continue;
      const first17 = `${regionCode}${day}${digits}`;
      if (masked[17] === '*' || masked[17] === idCheckChar(first17)) count += 1;
    }
  }
  return count;
}
