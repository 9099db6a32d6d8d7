import { addLocalMonths, ageOn, dayOfAge, startOfLocalDay } from '../resident/age';
import { sortScopes, type Scope } from './scopes';

export type GuardianshipStatus = 'pending' | 'active' | 'declined' | 'revoked';

/**
 * How consent is obtained: `in_app` when the resident has an account of their own and answers in the
 * mini-program; `in_person` when the resident has none and a staff member of their team checks it face
 * to face.
 */
export type ConsentRoute = 'in_app' | 'in_person';

export interface Consent {
  scopes: Scope[];
  at: Date;
  expiresAt: Date;
  method: ConsentRoute;
  /** Staff member who checked it in person; null when given in the app. */
  verifiedBy: string | null;
}

/** The parts of a guardianship the access rules read. */
export interface GuardianshipFacts {
  guardianOpenid: string;
  status: GuardianshipStatus;
  requestedScopes: Scope[];
  /** Consent given by the guardian as legal guardian (监护人) of a minor, checked in person. */
  guardianConsent: Consent | null;
  /** Consent given by the resident themself, in the app or in person. */
  residentConsent: Consent | null;
}

/** Consent lasts this many months and can then be renewed. */
export const CONSENT_MONTHS = 12;
/** Below this age a minor's data is sensitive and only the legal guardian can consent (PIPL art. 28, 31). */
export const AGE_OF_CONSENT = 14;
export const AGE_OF_MAJORITY = 18;
/** Scopes a legal guardian keeps from the child's 14th to 18th birthday without the child's consent. */
export const SCOPES_KEPT_FROM_14: readonly Scope[] = ['view', 'book'];

export function consentExpiry(at: Date): Date {
  return addLocalMonths(at, CONSENT_MONTHS);
}

export function isConsentCurrent(consent: Consent | null, at: Date): consent is Consent {
  return consent !== null && at.getTime() < new Date(consent.expiresAt).getTime();
}

/** The moment a person turns `years` (local midnight of that birthday). */
function birthdayMoment(birthDate: string, years: number): Date {
  return startOfLocalDay(dayOfAge(birthDate, years));
}

/**
 * What a guardian may do for the resident at `at`. Nothing unless the guardianship is active; each
 * consent counts only until it expires (12 months). Then, by the resident's age on that day:
 * - under 14: the legal guardian's consent, in full;
 * - 14 to 17: the legal guardian keeps `view` and `book` from their own consent; more only with a
 *   consent the resident gave themself on or after their 14th birthday;
 * - 18 and over: only a consent the resident gave on or after their 18th birthday; a guardian's
 *   consent and anything the resident agreed to as a minor end on the 18th birthday.
 */
export function effectiveScopes(g: GuardianshipFacts, birthDate: string, at: Date): Scope[] {
  if (g.status !== 'active') return [];
  const age = ageOn(birthDate, at);
  const guardian = isConsentCurrent(g.guardianConsent, at) ? g.guardianConsent : null;
  const resident = isConsentCurrent(g.residentConsent, at) ? g.residentConsent : null;
  const residentSince = (years: number) =>
    resident !== null && new Date(resident.at).getTime() >= birthdayMoment(birthDate, years).getTime();

  if (age < AGE_OF_CONSENT) return sortScopes(guardian?.scopes ?? []);
  if (age < AGE_OF_MAJORITY) {
    const kept = (guardian?.scopes ?? []).filter((s) => SCOPES_KEPT_FROM_14.includes(s));
    const own = residentSince(AGE_OF_CONSENT) ? resident!.scopes : [];
    return sortScopes([...kept, ...own]);
  }
  return residentSince(AGE_OF_MAJORITY) ? sortScopes(resident!.scopes) : [];
}

/** Which party's consent is asked for when consent is given now: the legal guardian's below 14. */
export function consentingParty(birthDate: string, at: Date): 'guardian' | 'resident' {
  return ageOn(birthDate, at) < AGE_OF_CONSENT ? 'guardian' : 'resident';
}

/**
 * The next moment after `at` at which the guardian's effective scopes change on their own (a consent
 * expiring, the 14th or 18th birthday), and the scopes from then; null when nothing is due.
 */
export function nextAccessChange(g: GuardianshipFacts, birthDate: string, at: Date): { at: Date; scopes: Scope[] } | null {
  const now = effectiveScopes(g, birthDate, at).join(',');
  const moments = [
    g.guardianConsent?.expiresAt,
    g.residentConsent?.expiresAt,
    birthdayMoment(birthDate, AGE_OF_CONSENT),
    birthdayMoment(birthDate, AGE_OF_MAJORITY),
  ]
    .filter((m): m is Date => m !== undefined)
    .map((m) => new Date(m))
    .filter((m) => m.getTime() > at.getTime())
    .sort((a, b) => a.getTime() - b.getTime());
  for (const moment of moments) {
    const scopes = effectiveScopes(g, birthDate, moment);
    if (scopes.join(',') !== now) return { at: moment, scopes };
  }
  return null;
}
