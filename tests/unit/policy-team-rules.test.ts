import { decide, type PolicyInput } from '../../shared/policy/decide';
import { denialMessage } from '../../shared/policy/denials';
import { currentTeams } from '../../shared/policy/teams';

const SOJOURN = 'team-pe-sojourn-simao';
const HOME = 'team-hrb';
const resident = { ownerOpenid: 'o-chenjg', birthDate: '1958-01-20', identityVerified: true };
const at = (iso: string) => new Date(`${iso}+08:00`);
const stay = { teamId: SOJOURN, kind: 'sojourn' as const, status: 'active', period: { start: at('2026-11-01T00:00:00'), end: at('2027-01-31T23:59:59.999') } };

function ask(over: Partial<PolicyInput> & Pick<PolicyInput, 'permission' | 'actor'>) {
  const when = over.at ?? at('2026-12-01T10:00:00');
  return decide({ resident, teams: currentTeams({ contracts: [stay], gridTeamId: HOME, at: when }), guardianships: [], at: when, ...over });
}

describe('the team an application is addressed to', () => {
  const application = { teamId: SOJOURN, signedBy: 'o-daughter' };

  it('reviews it before it looks after the resident', () => {
    const before = at('2026-10-20T10:00:00');
    expect(ask({ permission: 'contract.review', actor: { openid: 'o-staff-yangli', staffTeamId: SOJOURN }, application, at: before })).toMatchObject({ allowed: true, as: 'staff' });
  });

  it('never reviews one its member made or signed for family, and says so', () => {
    const decision = ask({ permission: 'contract.review', actor: { openid: 'o-daughter', staffTeamId: SOJOURN }, application });
    expect(decision).toMatchObject({ allowed: false, reason: 'own_case' });
    if (decision.allowed) return;
    expect(denialMessage(decision, 'contract.review')).toBe('不能审核自己或自己代签的签约申请，请由团队其他成员办理');
  });

  it('is the only team that reviews: the resident, her home team and no application at all are refused', () => {
    const self = ask({ permission: 'contract.review', actor: { openid: 'o-chenjg', staffTeamId: null }, application });
    const home = ask({ permission: 'contract.review', actor: { openid: 'o-staff-hrb', staffTeamId: HOME }, application });
    const none = ask({ permission: 'contract.review', actor: { openid: 'o-staff-yangli', staffTeamId: SOJOURN } });
    expect([self.allowed, home.allowed, none.allowed]).toEqual([false, false, false]);
    if (!home.allowed) expect(denialMessage(home, 'contract.review')).toBe('这份签约申请不是提交给您所在团队的');
  });
});

describe('the sojourn team during the stay', () => {
  const staff = { openid: 'o-staff-yangli', staffTeamId: SOJOURN };

  it('cares for the guest from the first to the last day of the stay, not the day after departure', () => {
    expect(ask({ permission: 'stay.care', actor: staff, at: at('2026-10-31T23:59:00') }).allowed).toBe(false);
    expect(ask({ permission: 'stay.care', actor: staff, at: at('2026-11-01T00:00:00') }).allowed).toBe(true);
    expect(ask({ permission: 'stay.care', actor: staff, at: at('2027-01-31T23:00:00') }).allowed).toBe(true);
    expect(ask({ permission: 'stay.care', actor: staff, at: at('2027-02-01T00:00:00') }).allowed).toBe(false);
  });

  it('is not the home team: the stay summary is for the resident and her home team', () => {
    expect(ask({ permission: 'stay.care', actor: { openid: 'o-staff-hrb', staffTeamId: HOME } }).allowed).toBe(false);
    expect(ask({ permission: 'stay.summary', actor: { openid: 'o-staff-hrb', staffTeamId: HOME } }).allowed).toBe(true);
    expect(ask({ permission: 'stay.summary', actor: staff }).allowed).toBe(false);
  });
});
