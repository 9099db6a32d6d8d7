import { consentExpiry, type GuardianshipFacts } from '../../shared/policy/consent';
import { decide, type Permission } from '../../shared/policy/decide';
import { denialMessage } from '../../shared/policy/denials';
import type { Scope } from '../../shared/policy/scopes';
import { currentTeams } from '../../shared/policy/teams';

const NOW = new Date('2026-11-23T10:00:00+08:00');
const HOME = 'team-cg-shilonghu';
const consented = (openid: string, scopes: Scope[], over: Partial<GuardianshipFacts> = {}): GuardianshipFacts => {
  const at = new Date('2026-06-01T10:00:00+08:00');
  return {
    guardianOpenid: openid,
    status: 'active',
    requestedScopes: scopes,
    guardianConsent: null,
    residentConsent: { scopes, at, expiresAt: consentExpiry(at), method: 'in_app', verifiedBy: null },
    ...over,
  };
};
const expiredAt = new Date('2025-06-01T10:00:00+08:00');

/** Everyone who might try something with 李桂兰's profile, and what they hold. */
const ACTORS: Record<string, { staffTeamId?: string; guardianship?: GuardianshipFacts }> = {
  self: {},
  'guardian:view': { guardianship: consented('guardian:view', ['view']) },
  'guardian:book': { guardianship: consented('guardian:book', ['book']) },
  'guardian:sign': { guardianship: consented('guardian:sign', ['sign']) },
  'guardian:reminders': { guardianship: consented('guardian:reminders', ['reminders']) },
  pending: { guardianship: consented('pending', ['view', 'book', 'sign', 'reminders'], { status: 'pending', residentConsent: null }) },
  revoked: { guardianship: consented('revoked', ['view', 'book', 'sign', 'reminders'], { status: 'revoked' }) },
  expired: {
    guardianship: consented('expired', ['view', 'book', 'sign', 'reminders'], {
      residentConsent: { scopes: ['view', 'book', 'sign', 'reminders'], at: expiredAt, expiresAt: consentExpiry(expiredAt), method: 'in_app', verifiedBy: null },
    }),
  },
  'other resident': {},
  'staff of her team': { staffTeamId: HOME },
  'staff of another team': { staffTeamId: 'team-pe-sojourn-simao' },
};
/** Her application, which she made herself, to the other team (where she will stay the winter). */
const application = { teamId: 'team-pe-sojourn-simao', signedBy: 'self' };

// Columns in the order of ACTORS: Y allowed, - refused.
const EXPECTED: Record<Permission, string> = {
  //                self  view book sign rem  pend revk expd othr stf  stf2
  'profile.create': 'Y    Y    Y    Y    Y    Y    Y    Y    -    -    -',
  'profile.read':   'Y    Y    -    -    -    -    -    -    -    Y    -',
  'profile.update': 'Y    -    -    Y    -    -    -    -    -    Y    -',
  'access.list':    'Y    -    -    -    -    -    -    -    -    Y    -',
  'access.respond': 'Y    -    -    -    -    -    -    -    -    -    -',
  'access.revoke':  'Y    Y    Y    Y    Y    Y    Y    Y    -    Y    -',
  'access.verify':  '-    -    -    -    -    -    -    -    -    Y    -',
  'access.renew':   'Y    -    -    -    -    -    -    -    -    -    -',
  'audit.read':     'Y    -    -    -    -    -    -    -    -    -    -',
  'records.read':   'Y    Y    -    -    -    -    -    -    -    Y    -',
  'appointment.book': 'Y  -    Y    -    -    -    -    -    -    Y    -',
  'contract.sign':  'Y    -    -    Y    -    -    -    -    -    -    -',
  'reminders.manage': 'Y  -    -    -    Y    -    -    -    -    Y    -',
  'reminders.read':   'Y  -    -    -    Y    -    -    -    -    Y    -',
  'prescriptions.write': '-  -    -    -    -    -    -    -    -    Y    -',
  'contract.read':  'Y    Y    -    -    -    -    -    -    -    Y    Y',
  'contract.review': '-   -    -    -    -    -    -    -    -    -    Y',
  'appointment.attend': '-  -    -    -    -    -    -    -    -    -    Y',
  'visit.record':   '-    -    -    -    -    -    -    -    -    -    Y',
  'visit.rate':     'Y    -    Y    -    -    -    -    -    -    -    -',
  'readings.read':  'Y    Y    -    -    -    -    -    -    -    Y    -',
  'readings.record': 'Y   -    -    -    Y    -    -    -    -    Y    -',
  'readings.followUp': '- -    -    -    -    -    -    -    -    Y    -',
  'risk.confirm':   '-    -    -    -    -    -    -    -    -    Y    -',
  'stay.care':      'Y    Y    -    -    -    -    -    -    -    -    -',
  'stay.summary':   'Y    Y    -    -    -    -    -    -    -    Y    -',
  'stay.note':      '-    -    -    -    -    -    -    -    -    -    -',
  'access.request': '-    Y    Y    Y    Y    Y    Y    Y    -    -    -',
  'identity.read':  'Y    -    -    -    -    -    -    -    -    -    -',
  'identity.verify': '-   -    -    -    -    -    -    -    -    Y    -',
  'identity.claim': 'Y    -    -    -    -    -    -    -    -    -    -',
};

const resident = { ownerOpenid: 'self', birthDate: '1946-03-08', identityVerified: true };
const teams = currentTeams({ contracts: [], gridTeamId: HOME, at: NOW });

describe('who may do what to 李桂兰 (80, her own account, grid team 石龙湖, an application of her own to another team)', () => {
  const actorNames = Object.keys(ACTORS);
  for (const [permission, row] of Object.entries(EXPECTED) as [Permission, string][]) {
    const marks = row.split(/\s+/);
    it(`${permission}: ${actorNames.map((a, i) => `${a} ${marks[i] === 'Y' ? 'allowed' : 'refused'}`).join(', ')}`, () => {
      actorNames.forEach((name, i) => {
        const actor = ACTORS[name];
        const guardianships = actor.guardianship ? [actor.guardianship] : [];
        // Actions on a guardianship are about the actor's own one, or else 'guardian:view''s.
        const target = actor.guardianship ?? ACTORS['guardian:view'].guardianship;
        const decision = decide({
          permission,
          actor: { openid: name, staffTeamId: actor.staffTeamId ?? null },
          resident,
          teams,
          guardianships,
          target,
          application,
          at: NOW,
        });
        expect({ actor: name, allowed: decision.allowed }).toEqual({ actor: name, allowed: marks[i] === 'Y' });
      });
    });
  }
});

describe('refusals say why', () => {
  const ask = (name: string, permission: Permission) => {
    const actor = ACTORS[name];
    const decision = decide({
      permission,
      actor: { openid: name, staffTeamId: actor.staffTeamId ?? null },
      resident,
      teams,
      guardianships: actor.guardianship ? [actor.guardianship] : [],
      at: NOW,
    });
    if (decision.allowed) throw new Error('expected a refusal');
    return { reason: decision.reason, message: denialMessage(decision) };
  };

  it('tells a pending guardian that only teams and packages can be browsed until consent', () => {
    expect(ask('pending', 'profile.read')).toEqual({ reason: 'guardian_pending', message: expect.stringContaining('只能浏览团队和服务包') });
  });
  it('tells an expired guardian to renew, a revoked one that access ended, and names a missing scope', () => {
    expect(ask('expired', 'profile.read').reason).toBe('consent_expired');
    expect(ask('revoked', 'profile.read').reason).toBe('guardian_ended');
    expect(ask('guardian:book', 'profile.read')).toEqual({ reason: 'scope_missing', message: '您没有“查看健康档案和记录”的代管权限' });
  });
  it('tells staff of another team the resident is not theirs', () => {
    expect(ask('staff of another team', 'profile.read').reason).toBe('staff_other_team');
  });
});

describe('the teams that look after a resident', () => {
  const period = (start: string, end: string) => ({ start: new Date(`${start}T00:00:00+08:00`), end: new Date(`${end}T23:59:59+08:00`) });

  it('is the team of the active regular contract, else the grid team, plus a sojourn team for its dates', () => {
    const contracts = [
      { teamId: 'team-a', kind: 'regular' as const, status: 'active', period: period('2026-01-01', '2026-12-31') },
      { teamId: 'team-pe-sojourn-simao', kind: 'sojourn' as const, status: 'active', period: period('2026-11-01', '2027-02-28') },
    ];
    expect(currentTeams({ contracts, gridTeamId: HOME, at: NOW })).toEqual({ home: 'team-a', sojourn: ['team-pe-sojourn-simao'] });
    expect(currentTeams({ contracts, gridTeamId: HOME, at: new Date('2027-03-01T10:00:00+08:00') })).toEqual({ home: HOME, sojourn: [] });
    const ended = contracts.map((c) => ({ ...c, status: 'terminated' }));
    expect(currentTeams({ contracts: ended, gridTeamId: HOME, at: NOW })).toEqual({ home: HOME, sojourn: [] });
  });

  it('lets sojourn staff read a sojourner’s profile only during the sojourn contract', () => {
    const contracts = [{ teamId: 'team-pe-sojourn-simao', kind: 'sojourn' as const, status: 'active', period: period('2026-11-01', '2027-02-28') }];
    const ask = (at: Date) =>
      decide({
        permission: 'profile.read',
        actor: { openid: 'o-staff-yangli', staffTeamId: 'team-pe-sojourn-simao' },
        resident: { ownerOpenid: 'o-resident-chenjg', birthDate: '1958-01-20', identityVerified: true },
        teams: currentTeams({ contracts, gridTeamId: 'team-hrb', at }),
        guardianships: [],
        at,
      }).allowed;
    expect(ask(NOW)).toBe(true);
    expect(ask(new Date('2027-03-01T00:00:01+08:00'))).toBe(false);
  });
});

describe('a profile kept for someone without WeChat', () => {
  const managed = { ownerOpenid: null, birthDate: '2015-04-02', identityVerified: false };
  const legal: GuardianshipFacts = {
    guardianOpenid: 'o-mother',
    status: 'active',
    requestedScopes: ['view', 'book', 'sign', 'reminders'],
    guardianConsent: { scopes: ['view', 'book', 'sign', 'reminders'], at: new Date('2026-02-01T10:00:00+08:00'), expiresAt: consentExpiry(new Date('2026-02-01T10:00:00+08:00')), method: 'in_person', verifiedBy: 'o-staff-zhangyi' },
    residentConsent: null,
  };
  const ask = (permission: Permission, openid: string, staffTeamId: string | null = null) =>
    decide({ permission, actor: { openid, staffTeamId }, resident: managed, teams, guardianships: openid === 'o-mother' ? [legal] : [], target: legal, at: NOW }).allowed;

  it('has no "self": the guardian with view reads the access record and the legal guardian renews', () => {
    expect(ask('audit.read', 'o-mother')).toBe(true);
    expect(ask('access.renew', 'o-mother')).toBe(true);
    expect(ask('access.respond', 'o-mother')).toBe(false);
  });

  it('never lets a staff member verify a guardianship of their own', () => {
    const own = { ...legal, guardianOpenid: 'o-staff-zhangyi' };
    const decision = decide({ permission: 'access.verify', actor: { openid: 'o-staff-zhangyi', staffTeamId: HOME }, resident: managed, teams, guardianships: [own], target: own, at: NOW });
    expect(decision).toMatchObject({ allowed: false, reason: 'own_case' });
  });
});

describe('a self-made profile whose holder has not proved her identity', () => {
  const unverified = { ownerOpenid: 'self', birthDate: '1946-03-08', identityVerified: false };
  const ask = (permission: Permission) =>
    decide({ permission, actor: { openid: 'self', staffTeamId: null }, resident: unverified, teams, guardianships: [], at: NOW });

  it('keeps what is meant for the real person from the holder: family requests, who manages her, her access record', () => {
    for (const permission of ['access.respond', 'access.list', 'access.revoke', 'audit.read'] as const) {
      const decision = ask(permission);
      expect({ permission, decision }).toEqual({ permission, decision: { allowed: false, as: 'self', reason: 'identity_unverified' } });
      if (!decision.allowed) expect(denialMessage(decision)).toContain('人脸核身');
    }
  });

  it('still lets the holder use what she entered herself', () => {
    for (const permission of ['profile.read', 'profile.update', 'contract.sign', 'appointment.book', 'identity.claim'] as const) {
      expect({ permission, allowed: ask(permission).allowed }).toEqual({ permission, allowed: true });
    }
  });
});
