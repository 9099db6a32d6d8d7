import { adherenceRate, adherenceWeek, doseState } from '../../shared/reminder/adherence';
import {
  catchUp, daysOfStock, needsRefill, nextOccurrence, occurrencesBetween, occurrencesOn, weekdayOf, type Schedule,
} from '../../shared/reminder/schedule';
import { noticeAudience } from '../../shared/policy/audience';
import { consentExpiry, type GuardianshipFacts } from '../../shared/policy/consent';

const cst = (text: string) => new Date(`${text}+08:00`);
const daily = (over: Partial<Schedule> = {}): Schedule => ({ times: ['08:00'], weekdays: null, startDate: '2026-03-01', endDate: null, ...over });

describe('medication schedule in China time', () => {
  it('puts 08:00 Shanghai at 00:00 UTC of the same day', () => {
    expect(occurrencesOn(daily(), '2026-03-10').map((d) => d.toISOString())).toEqual(['2026-03-10T00:00:00.000Z']);
  });

  it('finds the next dose across the Shanghai midnight, which is 16:00 UTC the day before', () => {
    const s = daily({ times: ['00:05', '23:55'] });
    expect(nextOccurrence(s, cst('2026-03-10T23:56:00'))!.toISOString()).toBe('2026-03-10T16:05:00.000Z');
    expect(nextOccurrence(s, cst('2026-03-10T23:55:00'))!.toISOString()).toBe('2026-03-10T15:55:00.000Z');
    expect(nextOccurrence(s, cst('2026-03-10T23:55:00'), false)!.toISOString()).toBe('2026-03-10T16:05:00.000Z');
  });

  it('runs only on the chosen weekdays (Monday 1 … Sunday 7)', () => {
    expect(weekdayOf('2026-03-09')).toBe(1);
    expect(weekdayOf('2026-03-15')).toBe(7);
    const s = daily({ weekdays: [1, 3, 5] });
    const seen = occurrencesBetween(s, cst('2026-03-09T00:00:00'), cst('2026-03-15T23:59:00')).map((d) => weekdayOf(d.toISOString().slice(0, 10)));
    expect(seen).toEqual([1, 3, 5]);
    expect(nextOccurrence(s, cst('2026-03-13T09:00:00'))).toEqual(cst('2026-03-16T08:00:00'));
  });

  it('starts on the start date and stops after the end date', () => {
    const s = daily({ startDate: '2026-03-12', endDate: '2026-03-13' });
    expect(nextOccurrence(s, cst('2026-03-01T12:00:00'))).toEqual(cst('2026-03-12T08:00:00'));
    expect(occurrencesBetween(s, cst('2026-03-01T00:00:00'), cst('2026-03-31T00:00:00'))).toEqual([cst('2026-03-12T08:00:00'), cst('2026-03-13T08:00:00')]);
    expect(nextOccurrence(s, cst('2026-03-13T08:00:01'))).toBeNull();
  });

  it('sends a dose up to two hours late and records anything later as missed', () => {
    const due = cst('2026-03-10T08:00:00');
    expect(catchUp(due, cst('2026-03-10T10:00:00'))).toBe('send');
    expect(catchUp(due, cst('2026-03-10T10:00:01'))).toBe('missed');
  });

  it('counts how many days the stock lasts and asks for a refill at three days or fewer', () => {
    const twiceOnWeekdays = { times: ['08:00', '20:00'], weekdays: [1, 2, 3, 4, 5] };
    expect(daysOfStock(20, 1, twiceOnWeekdays)).toBeCloseTo(14, 5);
    expect(needsRefill(4, 1, daily({ times: ['08:00'] }))).toBe(false);
    expect(needsRefill(3, 1, daily({ times: ['08:00'] }))).toBe(true);
    expect(needsRefill(6, 2, daily({ times: ['08:00'] }))).toBe(true);
  });
});

describe('adherence', () => {
  const now = cst('2026-03-10T12:00:00');

  it('calls an unanswered dose due, then missed after an hour, and a later one upcoming', () => {
    expect(doseState(cst('2026-03-10T11:30:00'), null, now)).toBe('due');
    expect(doseState(cst('2026-03-10T10:59:00'), null, now)).toBe('missed');
    expect(doseState(cst('2026-03-10T13:00:00'), null, now)).toBe('upcoming');
    expect(doseState(cst('2026-03-10T10:00:00'), 'skipped', now)).toBe('skipped');
  });

  it('gives the last seven local days with taken, skipped and missed doses, not counting doses to come', () => {
    const doses = [
      { dueAt: cst('2026-03-04T08:00:00'), confirmed: 'taken' as const },
      { dueAt: cst('2026-03-09T08:00:00'), confirmed: 'skipped' as const },
      { dueAt: cst('2026-03-10T08:00:00'), confirmed: null },
      { dueAt: cst('2026-03-10T08:00:00'), confirmed: 'taken' as const },
      { dueAt: cst('2026-03-10T20:00:00'), confirmed: null },
      { dueAt: cst('2026-03-03T08:00:00'), confirmed: 'taken' as const },
    ];
    const week = adherenceWeek(doses, now);
    expect(week.map((d) => d.day)).toEqual(['2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10']);
    expect(week[0]).toEqual({ day: '2026-03-04', due: 1, taken: 1, skipped: 0, missed: 0 });
    expect(week[5]).toEqual({ day: '2026-03-09', due: 1, taken: 0, skipped: 1, missed: 0 });
    expect(week[6]).toEqual({ day: '2026-03-10', due: 2, taken: 1, skipped: 0, missed: 1 });
    expect(adherenceRate(week)).toBe(50);
    expect(adherenceRate(adherenceWeek([], now))).toBeNull();
  });
});

describe('who hears about a dose', () => {
  const at = cst('2026-03-10T08:00:00');
  const given = cst('2026-01-01T10:00:00');
  const guardian = (openid: string, scopes: GuardianshipFacts['requestedScopes'], over: Partial<GuardianshipFacts> = {}): GuardianshipFacts => ({
    guardianOpenid: openid,
    status: 'active',
    requestedScopes: scopes,
    guardianConsent: null,
    residentConsent: { scopes, at: given, expiresAt: consentExpiry(given), method: 'in_app', verifiedBy: null },
    ...over,
  });

  it('is the resident and the guardians whose consent covers reminders now, never a revoked one', () => {
    const list = noticeAudience({ ownerOpenid: 'o-mother', birthDate: '1946-03-08' }, [
      guardian('o-daughter', ['view', 'reminders']),
      guardian('o-son', ['view']),
      guardian('o-revoked', ['reminders'], { status: 'revoked' }),
    ], 'reminders', at);
    expect(list).toEqual([{ openid: 'o-mother', role: 'resident' }, { openid: 'o-daughter', role: 'guardian' }]);
    expect(noticeAudience({ ownerOpenid: null, birthDate: '1946-03-08' }, [guardian('o-daughter', ['reminders'])], 'reminders', at, 'guardians'))
      .toEqual([{ openid: 'o-daughter', role: 'guardian' }]);
  });
});
