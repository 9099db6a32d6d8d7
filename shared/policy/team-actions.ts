/**
 * What staff may do for their own team as a whole, not about one resident (those are rows of
 * `permissions.ts`, decided by `decide`). A staff member acts only for the team their account is
 * bound to; anyone else is refused.
 *
 * | permission           | staff of the team | anyone else |
 * |----------------------|-------------------|-------------|
 * | slots.publish        | yes               | no          |
 * | slots.close          | yes               | no          |
 * | slots.adjust         | yes               | no          |
 * | appointments.roster  | yes               | no          |
 * | ratings.read         | yes               | no          |
 * | readings.triage      | yes               | no          |
 * | applications.history | yes               | no          |
 * | idcard.read          | yes               | no          |
 * | consents.pending     | yes               | no          |
 * | contracts.queue      | yes               | no          |
 * | identity.check       | yes               | no          |
 * | stay.guests          | yes, sojourn team | no          |
 *
 * `sojournTeam` rows are for staff of a sojourn team (旅居服务团队) only: the guest list of people
 * staying with it.
 */
export const TEAM_PERMISSIONS = {
  'slots.publish': { staff: true },
  'slots.close': { staff: true },
  'slots.adjust': { staff: true },
  'appointments.roster': { staff: true },
  'ratings.read': { staff: true },
  'readings.triage': { staff: true },
  'applications.history': { staff: true },
  'idcard.read': { staff: true },
  'consents.pending': { staff: true },
  'contracts.queue': { staff: true },
  'identity.check': { staff: true },
  'stay.guests': { staff: true, sojournTeam: true },
} as const satisfies Record<string, { staff: boolean; sojournTeam?: boolean }>;

export type TeamPermission = keyof typeof TEAM_PERMISSIONS;
export const TEAM_PERMISSION_NAMES = Object.keys(TEAM_PERMISSIONS) as [TeamPermission, ...TeamPermission[]];

export type TeamDecision = { allowed: true } | { allowed: false; reason: 'not_staff' | 'other_team' | 'not_sojourn_team' };

/** What the team is, as far as the table asks: whether it serves sojourners. */
export interface TeamFacts {
  sojourn: boolean;
}

export function decideTeam(permission: TeamPermission, actor: { staffTeamId: string | null }, teamId: string, team: TeamFacts | null = null): TeamDecision {
  const row: { staff: boolean; sojournTeam?: boolean } = TEAM_PERMISSIONS[permission];
  if (!row.staff || actor.staffTeamId === null) return { allowed: false, reason: 'not_staff' };
  if (actor.staffTeamId !== teamId) return { allowed: false, reason: 'other_team' };
  if (row.sojournTeam && !team?.sojourn) return { allowed: false, reason: 'not_sojourn_team' };
  return { allowed: true };
}

/** The permissions a staff member holds for their own team, for the screens to offer only those. */
export function teamPermissionsOf(staffTeamId: string | null, team: TeamFacts | null): TeamPermission[] {
  if (staffTeamId === null) return [];
  return TEAM_PERMISSION_NAMES.filter((p) => decideTeam(p, { staffTeamId }, staffTeamId, team).allowed);
}

export function teamDenialMessage(decision: Extract<TeamDecision, { allowed: false }>): string {
  if (decision.reason === 'not_sojourn_team') return '只有旅居服务团队的成员可以办理';
  return decision.reason === 'other_team' ? '只能办理本团队的事务' : '只有家庭医生团队的成员可以办理';
}
