/**
 * Calendar days and ages in China's local time. Asia/Shanghai has kept a fixed +08:00 offset since
 * 1991, so a fixed offset gives the local day without time-zone data. Every function takes the moment
 * it is asked about, so rules can be checked at any date.
 */

const OFFSET_MS = 8 * 60 * 60 * 1000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local calendar day (`YYYY-MM-DD`) of a moment. */
export function localDay(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

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

/** The first moment (local midnight) of a local day. */
export function startOfLocalDay(day: string): Date {
  const [y, m, d] = parts(day);
  return new Date(Date.UTC(y, m - 1, d) - OFFSET_MS);
}

/** `at` plus whole calendar months in local time; a day that does not exist rolls into the next month. */
export function addLocalMonths(at: Date, months: number): Date {
  const local = new Date(at.getTime() + OFFSET_MS);
  local.setUTCMonth(local.getUTCMonth() + months);
  return new Date(local.getTime() - OFFSET_MS);
}

/** Whole days from local day `from` to local day `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((startOfLocalDay(to).getTime() - startOfLocalDay(from).getTime()) / 86_400_000);
}
