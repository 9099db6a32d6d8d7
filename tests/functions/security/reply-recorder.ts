import fs from 'node:fs';

/** A stand-alone 18-character ID number (generated hex ids may hold 18 digits in a row, and are not ID numbers). */
export const FULL_ID = /(?<![0-9A-Za-z])\d{17}[\dX](?![0-9A-Za-z])/;
/** The openids the suites make up: `o-` and a name (WeChat's own are 28 characters, never in test data). */
const OPENID = /(?<![\w-])o-[a-z0-9]+(?:-[a-z0-9]+)*/g;
/**
 * What a reply may carry by design: the staff member who photographs an ID card gets it back whole
 * to fill in a form in front of its holder.
 */
const WHOLE_BY_DESIGN = new Set(['resident.readIdCard']);

/**
 * Checks one reply of a functions suite as the harness receives it: a full ID number, or an openid
 * other than the caller's, is a leak. The list of leaks found is returned; `YL_LEAK_REPORT=<file>`
 * also appends them to that file, for a survey over every suite.
 */
export function replyLeaks(caller: string | null, action: string, reply: unknown): string[] {
  const text = JSON.stringify(reply);
  const found: string[] = [];
  if (!WHOLE_BY_DESIGN.has(action) && FULL_ID.test(text)) found.push(`${action} to ${caller ?? 'nobody'}: a full ID number`);
  const others = [...new Set(text.match(OPENID) ?? [])].filter((o) => o !== caller);
  if (others.length > 0) found.push(`${action} to ${caller ?? 'nobody'}: openids ${others.join(', ')}`);
  const file = process.env.YL_LEAK_REPORT;
  if (file && found.length > 0) fs.appendFileSync(file, `${found.join('\n')}\n`);
  return found;
}
