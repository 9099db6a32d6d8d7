import { consentExpiry, effectiveScopes, nextAccessChange, type Consent, type GuardianshipFacts } from '../../shared/policy/consent';
import type { Scope } from '../../shared/policy/scopes';

const ALL: Scope[] = ['view', 'book', 'sign', 'reminders'];
const at = (local: string) => new Date(`${local}+08:00`);
const consent = (when: string, scopes: Scope[] = ALL): Consent => {
  const moment = at(when);
  return { scopes, at: moment, expiresAt: consentExpiry(moment), method: 'in_person', verifiedBy: 'o-staff' };
};
const guardianship = (over: Partial<GuardianshipFacts> = {}): GuardianshipFacts => ({
  guardianOpenid: 'o-parent',
  status: 'active',
  requestedScopes: ALL,
  guardianConsent: null,
  residentConsent: null,
  ...over,
});

// A child born on 15 June 2012: 14 on 15 June 2026, 18 on 15 June 2030.
const CHILD = '2012-06-15';

describe('a parent acting for a child, by age', () => {
  it('manages fully under 14 with their own consent as legal guardian', () => {
    const g = guardianship({ guardianConsent: consent('2026-01-10T09:00:00') });
    expect(effectiveScopes(g, CHILD, at('2026-06-14T23:59:59'))).toEqual(ALL);
  });

  it('keeps only view and book from the 14th birthday, at local midnight', () => {
    const g = guardianship({ guardianConsent: consent('2026-01-10T09:00:00') });
    expect(effectiveScopes(g, CHILD, at('2026-06-15T00:00:00'))).toEqual(['view', 'book']);
    expect(nextAccessChange(g, CHILD, at('2026-06-01T10:00:00'))).toEqual({ at: at('2026-06-15T00:00:00'), scopes: ['view', 'book'] });
  });

  it('gets more from 14 only when the child agrees, and the parent keeps view and book whatever the child picks', () => {
    const g = guardianship({
      guardianConsent: consent('2026-01-10T09:00:00'),
      residentConsent: consent('2026-07-01T10:00:00', ['reminders']),
    });
    expect(effectiveScopes(g, CHILD, at('2026-07-01T10:00:01'))).toEqual(['view', 'book', 'reminders']);
  });

  it('does not count a consent the child gave before turning 14 as the child’s own', () => {
    const g = guardianship({ residentConsent: consent('2026-06-14T10:00:00') });
    expect(effectiveScopes(g, CHILD, at('2026-06-20T10:00:00'))).toEqual([]);
  });

  it('ends all access at 18 unless the adult consents again', () => {
    const g = guardianship({
      guardianConsent: consent('2029-09-01T09:00:00'),
      residentConsent: consent('2030-01-05T09:00:00', ALL),
    });
    expect(effectiveScopes(g, CHILD, at('2030-06-14T20:00:00'))).toEqual(ALL);
    expect(effectiveScopes(g, CHILD, at('2030-06-15T00:00:00'))).toEqual([]);
    const renewed = { ...g, residentConsent: consent('2030-06-16T09:00:00', ['view']) };
    expect(effectiveScopes(renewed, CHILD, at('2030-06-16T09:00:01'))).toEqual(['view']);
  });
});

describe('consent period and state', () => {
  it('lasts twelve months to the second and then gives nothing until renewed', () => {
    const g = guardianship({ residentConsent: consent('2026-03-01T10:00:00') });
    const adult = '1946-03-08';
    expect(effectiveScopes(g, adult, at('2027-03-01T09:59:59'))).toEqual(ALL);
    expect(effectiveScopes(g, adult, at('2027-03-01T10:00:00'))).toEqual([]);
    expect(nextAccessChange(g, adult, at('2026-12-01T00:00:00'))).toEqual({ at: at('2027-03-01T10:00:00'), scopes: [] });
  });

  it('gives nothing while pending, declined or revoked, whatever was consented', () => {
    for (const status of ['pending', 'declined', 'revoked'] as const) {
      const g = guardianship({ status, residentConsent: consent('2026-03-01T10:00:00') });
      expect(effectiveScopes(g, '1946-03-08', at('2026-03-02T10:00:00'))).toEqual([]);
    }
  });
});
