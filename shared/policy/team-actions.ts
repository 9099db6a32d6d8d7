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
} as const satisfies Record<string, { staff: boolean }>;

export type TeamPermission = keyof typeof TEAM_PERMISSIONS;

export type TeamDecision = { allowed: true } | { allowed: false; reason: 'not_staff' | 'other_team' };

export function decideTeam(permission: TeamPermission, actor: { staffTeamId: string | null }, teamId: string): TeamDecision {
  if (!TEAM_PERMISSIONS[permission].staff || actor.staffTeamId === null) return { allowed: false, reason: 'not_staff' };
  return actor.staffTeamId === teamId ? { allowed: true } : { allowed: false, reason: 'other_team' };
}

export function teamDenialMessage(decision: Extract<TeamDecision, { allowed: false }>): string {
  return decision.reason === 'other_team' ? '只能办理本团队的事务' : '只有家庭医生团队的成员可以办理';
}
