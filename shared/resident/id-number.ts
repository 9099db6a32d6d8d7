/**
 * Resident identity card numbers (居民身份证号码) as defined by GB 11643-1999: six digits of address
 * code, eight of birth date (YYYYMMDD), three of sequence (odd for men, even for women) and one check
 * character (ISO 7064 MOD 11-2, `X` standing for 10). Pure: no I/O, usable on both ends.
 */

export type Gender = 'male' | 'female';

export type IdNumberProblem = 'format' | 'checksum' | 'date';

export type IdNumberCheck =
  | { ok: true; idNumber: string; birthDate: string; gender: Gender; regionCode: string }
  | { ok: false; problem: IdNumberProblem; message: string };

/** The screen message for each way a number can be wrong. */
export const ID_NUMBER_MESSAGES: Record<IdNumberProblem, string> = {
  format: '身份证号码格式不正确，应为18位，最后一位可以是X',
  checksum: '身份证号码校验位不正确，请核对后重新输入',
  date: '身份证号码中的出生日期不正确',
};

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
// Province-level codes of GB/T 2260, plus 81/82/83 used by residence permits of Hong Kong, Macao
// and Taiwan residents, which follow the same structure.
const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43',
  '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83',
]);
const SHAPE = /^\d{17}[\dX]$/;

/** Upper-cases a trailing x and removes spaces people type between digit groups. */
export function normalizeIdNumber(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

/** The check character of the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** True when `y-m-d` is a real calendar day (Gregorian). */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1];
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * Checks an ID number and reads the birth date and gender out of it. `today` (`YYYY-MM-DD`, the local
 * day) rejects birth dates in the future; without it only the calendar is checked.
 */
export function checkIdNumber(raw: string, today?: string): IdNumberCheck {
  const id = normalizeIdNumber(raw);
  const fail = (problem: IdNumberProblem): IdNumberCheck => ({ ok: false, problem, message: ID_NUMBER_MESSAGES[problem] });
  if (!SHAPE.test(id) || !PROVINCES.has(id.slice(0, 2))) return fail('format');
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (y < 1900 || !isCalendarDate(y, m, d)) return fail('date');
  if (today !== undefined && birthDate > today) return fail('date');
  if (idCheckChar(id.slice(0, 17)) !== id[17]) return fail('checksum');
  const gender: Gender = Number(id[16]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, idNumber: id, birthDate, gender, regionCode: id.slice(0, 6) };
}

/**
 * The only form in which an ID number is ever shown: the first four digits (province and city, which
 * an address gives away anyway), thirteen stars and the check character, e.g. `5301*************7`.
 * With the age and gender beside it this still leaves well over 10,000 numbers (`id-candidates.ts`);
 * the last four digits would not. Also turns a stored mask of the older, longer form into this one.
 */
export function maskIdNumber(idNumberOrMask: string): string {
  const id = normalizeIdNumber(idNumberOrMask);
  return `${id.slice(0, 4)}${'*'.repeat(13)}${id.slice(-1)}`;
}

/** A finished 18-character number from its first 17 digits; for demo data and tests. */
export function withCheckChar(first17: string): string {
  return `${first17}${idCheckChar(first17)}`;
}
