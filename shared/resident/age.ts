import { localDay } from '../time/china-time';

/**
 * Ages in China's local time (the day arithmetic is in `shared/time`). Every function takes the moment
 * it is asked about, so rules can be checked at any date.
 */
export { addLocalMonths, daysBetween, localDay, startOfLocalDay } from '../time/china-time';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(day: string): [number, number, number] {
  const match = DATE.exec(day);
  if (!match) throw new Error(`not a YYYY-MM-DD day: ${day}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/**
 * Completed years on `at`. A person born on 29 February becomes a year older on 1 March in years
 * without a 29 February.
 */
export function ageOn(birthDate: string, at: Date): number {
  const [by, bm, bd] = parts(birthDate);
  const [y, m, d] = parts(localDay(at));
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

/** The local day on which someone born on `birthDate` turns `years` old (29 February -> 1 March). */
export function dayOfAge(birthDate: string, years: number): string {
  const [by, bm, bd] = parts(birthDate);
  const y = by + years;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const [m, d] = bm === 2 && bd === 29 && !leap ? [3, 1] : [bm, bd];
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
