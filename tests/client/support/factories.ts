import { TEAM_PERMISSION_NAMES } from '../../../shared/policy/team-actions';
import type { ActionOutput } from '@shared/api';

type Account = ActionOutput<'resident.me'>;

/** A resident's account as `resident.me` answers it; override what the test is about. */
export function residentAccount(overrides: Partial<Account> = {}): Account {
  return {
    openid: 'o-resident-test',
    nickname: '李桂兰',
    roles: ['resident'],
    staff: null,
    elderMode: false,
    createdAt: '2025-03-01T16:30:00.000Z',
    ...overrides,
  };
}

/** A family-doctor team member's account. */
export function staffAccount(overrides: Partial<Account> = {}): Account {
  return residentAccount({
    openid: 'o-staff-test',
    nickname: '张医生',
    roles: ['staff'],
    staff: { teamId: 'team-xishan-01', teamName: '西山区棕树营社区家庭医生团队', name: '张明', role: '全科医生', teamPermissions: TEAM_PERMISSION_NAMES.filter((p) => p !== 'stay.guests') },
    ...overrides,
  });
}
