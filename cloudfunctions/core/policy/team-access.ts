import type { Ctx } from '../context';
import { AppError } from '../errors';
import { AccountRepository, type AccountDoc } from '../accounts/account-repository';
import { TeamRepository } from '../grids/team-repository';
import type { TeamDoc } from '../grids/grid-docs';
import { AuditLog } from '../audit/audit-log';
import { actorLabel } from './authorize';
import { decideTeam, teamDenialMessage, type TeamPermission } from '../../../shared/policy/team-actions';

export interface TeamAccess {
  actor: AccountDoc & { staff: NonNullable<AccountDoc['staff']> };
  team: TeamDoc;
}

/**
 * A staff member acting for their team: for `teamId`, or for their own team when none is given.
 * FORBIDDEN for anyone else, before anything else is written; the refusal is kept in the audit log.
 */
export async function authorizeTeam(ctx: Ctx, permission: TeamPermission, teamId?: string): Promise<TeamAccess> {
  const actor = await new AccountRepository(ctx.db).find(ctx.openid);
  const staffTeamId = actor?.roles.includes('staff') ? (actor.staff?.teamId ?? null) : null;
  const team = staffTeamId ? await new TeamRepository(ctx.db).find(staffTeamId) : null;
  const decision = decideTeam(permission, { staffTeamId }, teamId ?? staffTeamId ?? '', team);
  if (!decision.allowed) {
    const kind = staffTeamId ? 'staff' : 'other';
    await new AuditLog(ctx.db).recordTeamRefusal({
      residentId: null,
      teamId: teamId ?? staffTeamId,
      actorOpenid: ctx.openid,
      actorKind: kind,
      actorLabel: await actorLabel(ctx, kind, actor, null),
      action: ctx.action,
      permission,
      allowed: false,
      reason: decision.reason,
      at: ctx.now(),
    });
    throw new AppError('FORBIDDEN', teamDenialMessage(decision));
  }
  if (!team) throw new AppError('NOT_FOUND', '没有找到您所在的家庭医生团队');
  return { actor: actor as TeamAccess['actor'], team };
}
