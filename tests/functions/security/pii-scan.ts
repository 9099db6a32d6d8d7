import { fullIdPattern } from '../resident-fixtures';

/** A person whose phone number and openid a reply may carry only to those entitled to see them. */
export interface Person {
  openid: string;
  phone: string | null;
  /** Callers who may see this person's phone number (besides the person): those who may read the profile. */
  mayReadPhone: ReadonlySet<string>;
}

export interface Seen {
  caller: string | null;
  what: string;
  text: string;
}

/**
 * What a reply or log line gives away: a full ID number (never shown whole, not even to its owner),
 * the phone number of someone the caller may not read, or the openid of anyone but the caller.
 * Log lines have no caller: they may carry no phone number and no ID number at all.
 */
export function leaks(seen: Seen[], people: Person[]): string[] {
  const ids = fullIdPattern();
  const found: string[] = [];
  for (const { caller, what, text } of seen) {
    if (ids.test(text)) found.push(`${what} (to ${caller ?? 'nobody'}): a full ID number`);
    for (const p of people) {
      if (p.openid === caller) continue;
      if (p.phone && text.includes(p.phone) && (caller === null || !p.mayReadPhone.has(caller))) found.push(`${what} (to ${caller ?? 'nobody'}): ${p.openid}'s phone number`);
      if (caller !== null && text.includes(p.openid)) found.push(`${what} (to ${caller}): the openid ${p.openid}`);
    }
  }
  return found;
}
