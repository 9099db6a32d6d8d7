import { decideTeam, TEAM_PERMISSION_NAMES, teamDenialMessage, teamPermissionsOf } from '../../shared/policy/team-actions';
import { wellnessFeeText, wellnessGroups } from '../../shared/sojourn/wellness';

describe('the team policy table', () => {
  const sojourn = { sojourn: true };
  const regular = { sojourn: false };

  it('gives the sojourn guest list to staff of a sojourn team and nobody else', () => {
    expect(decideTeam('stay.guests', { staffTeamId: 't-pe' }, 't-pe', sojourn)).toEqual({ allowed: true });
    expect(decideTeam('stay.guests', { staffTeamId: 't-cg' }, 't-cg', regular)).toEqual({ allowed: false, reason: 'not_sojourn_team' });
    expect(decideTeam('stay.guests', { staffTeamId: 't-cg' }, 't-pe', sojourn)).toEqual({ allowed: false, reason: 'other_team' });
    expect(decideTeam('stay.guests', { staffTeamId: null }, 't-pe', sojourn)).toEqual({ allowed: false, reason: 'not_staff' });
    expect(teamDenialMessage({ allowed: false, reason: 'not_sojourn_team' })).toBe('只有旅居服务团队的成员可以办理');
  });

  it('lists what a staff member may do for the team, from the same rows', () => {
    expect(teamPermissionsOf('t-pe', sojourn)).toContain('stay.guests');
    expect(teamPermissionsOf('t-cg', regular)).toEqual(TEAM_PERMISSION_NAMES.filter((p) => p !== 'stay.guests'));
    expect(teamPermissionsOf(null, sojourn)).toEqual([]);
  });
});

describe('康养 and 理疗 services', () => {
  it('show the fee in yuan per unit, or 免费', () => {
    expect(wellnessFeeText({ feeYuan: 45, unit: '次' })).toBe('45元/次');
    expect(wellnessFeeText({ feeYuan: 280, unit: '疗程' })).toBe('280元/疗程');
    expect(wellnessFeeText({ feeYuan: 0, unit: '次' })).toBe('免费');
  });

  it('group 康养 before 理疗 and leave out a kind with nothing in it', () => {
    const groups = wellnessGroups([{ kind: 'therapy' as const, name: '针灸' }, { kind: 'wellness' as const, name: '体质辨识' }]);
    expect(groups.map((g) => g.label)).toEqual(['康养', '理疗']);
    expect(wellnessGroups([{ kind: 'therapy' as const }]).map((g) => g.label)).toEqual(['理疗']);
  });
});
