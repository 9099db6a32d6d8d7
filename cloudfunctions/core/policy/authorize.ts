import type { Ctx } from '../context';
import { AppError } from '../errors';
import { AccountRepository, staffTeamOf, type AccountDoc } from '../accounts/account-repository';
import { ContractRepository } from '../contracts/contract-repository';
import { GridRepository } from '../grids/grid-repository';
import { TeamRepository } from '../grids/team-repository';
import { AuditLog, type AuditActorKind, type AuditDoc } from '../audit/audit-log';
import { GuardianshipRepository, guardianshipId, type GuardianshipDoc } from '../guardianships/guardianship-repository';
import { isIdentityVerified, ResidentRepository, type ResidentDoc } from '../residents/resident-repository';
import { decide, type Decision, type PolicyInput } from '../../../shared/policy/decide';
import { denialMessage } from '../../../shared/policy/denials';
import type { Permission } from '../../../shared/policy/permissions';
import { currentTeams, type CurrentTeams } from '../../../shared/policy/teams';
import { GUARDIAN_RELATION_LABELS } from '../../../shared/resident/vocabulary';
import type { Scope } from '../../../shared/policy/scopes';

/** What an allowed caller gets: the resident, in what capacity the caller acts and, as guardian, their scopes. */
export interface Access {
  resident: ResidentDoc;
  as: 'self' | 'guardian' | 'staff';
  scopes: Scope[];
  /** The caller's own guardianship of this resident, if any. */
  guardianship: GuardianshipDoc | null;
  actor: AccountDoc | null;
}

const NO_TEAMS: CurrentTeams = { home: null, sojourn: [] };

/** The teams looking after a resident now: from their contracts, else their grid. */
export async function loadCurrentTeams(ctx: Ctx, resident: ResidentDoc): Promise<CurrentTeams> {
  const [contracts, grid] = await Promise.all([
    new ContractRepository(ctx.db).activeFor(resident._id),
    resident.gridId ? new GridRepository(ctx.db).find(resident.gridId) : Promise.resolve(null),
  ]);
  const inEffect = contracts.flatMap((c) => (c.period ? [{ teamId: c.teamId, kind: c.kind, status: c.status, period: c.period }] : []));
  return currentTeams({ contracts: inEffect, gridTeamId: grid?.teamId ?? null, at: ctx.now() });
}

/** How the actor is named in the resident's access record. */
export async function actorLabel(ctx: Ctx, kind: AuditActorKind, actor: AccountDoc | null, guardianship: GuardianshipDoc | null): Promise<string> {
  if (kind === 'self') return '本人';
  if (kind === 'guardian' && guardianship) {
    return `${actor?.nickname ?? guardianship.guardianName}（${GUARDIAN_RELATION_LABELS[guardianship.relation]}）`;
  }
  if (kind === 'staff' && actor?.staff) {
    const team = (await new TeamRepository(ctx.db).find(actor.staff.teamId))?.name ?? '家庭医生团队';
    return `${actor.staff.name}（${team} · ${actor.staff.role}）`;
  }
  return '其他微信用户';
}

/** An audit entry for `decision`, made by the caller on `resident`. */
export async function auditEntry(
  ctx: Ctx,
  input: { residentId: string; permission: Permission; decision: Decision; action?: string },
  actor: AccountDoc | null,
  guardianship: GuardianshipDoc | null,
): Promise<AuditDoc> {
  const kind = input.decision.as;
  return {
    residentId: input.residentId,
    actorOpenid: ctx.openid,
    actorKind: kind,
    actorLabel: await actorLabel(ctx, kind, actor, guardianship),
    action: input.action ?? ctx.action,
    permission: input.permission,
    allowed: input.decision.allowed,
    reason: input.decision.allowed ? null : input.decision.reason,
    at: ctx.now(),
  };
}

/**
 * Asks the policy about `resident` for the caller whose account is `actor`, with facts the caller
 * already holds: for lists that decide many residents at once and for actions that create the very
 * guardianship they are about. The caller records the decision (`auditEntry`).
 */
export function decideFor(
  ctx: Ctx,
  actor: AccountDoc | null,
  resident: Pick<ResidentDoc, 'ownerOpenid' | 'birthDate' | 'identity'>,
  permission: Permission,
  facts: Partial<Pick<PolicyInput, 'teams' | 'guardianships' | 'target' | 'application'>> = {},
): Decision {
  return decide({
    permission,
    actor: { openid: ctx.openid, staffTeamId: staffTeamOf(actor) },
    resident: { ownerOpenid: resident.ownerOpenid, birthDate: resident.birthDate, identityVerified: isIdentityVerified(resident) },
    teams: facts.teams ?? NO_TEAMS,
    guardianships: facts.guardianships ?? [],
    target: facts.target,
    application: facts.application,
    at: ctx.now(),
  });
}

/**
 * Loads the facts the policy needs, asks it, records the access of anyone but the resident and every
 * refusal in the audit log, and throws FORBIDDEN on a refusal (having written nothing else).
 */
export async function authorize(
  ctx: Ctx,
  request: { residentId: string; permission: Permission; target?: GuardianshipDoc; application?: PolicyInput['application'] },
): Promise<Access> {
  const [resident, actor, own] = await Promise.all([
    new ResidentRepository(ctx.db).find(request.residentId),
    new AccountRepository(ctx.db).find(ctx.openid),
    new GuardianshipRepository(ctx.db).find(guardianshipId(ctx.openid, request.residentId)),
  ]);
  if (!resident) throw new AppError('NOT_FOUND', '没有找到该居民的档案');
  const staffTeamId = staffTeamOf(actor);
  const teams = staffTeamId ? await loadCurrentTeams(ctx, resident) : NO_TEAMS;
  const target = request.target && own && request.target._id === own._id ? own : request.target;
  const decision = decide({
    permission: request.permission,
    actor: { openid: ctx.openid, staffTeamId },
    resident: { ownerOpenid: resident.ownerOpenid, birthDate: resident.birthDate, identityVerified: isIdentityVerified(resident) },
    teams,
    guardianships: own ? [own] : [],
    target,
    application: request.application,
    at: ctx.now(),
  });
  if (decision.as !== 'self' || !decision.allowed) {
    const entry = await auditEntry(ctx, { residentId: resident._id, permission: request.permission, decision }, actor, own);
    await new AuditLog(ctx.db).record(entry);
  }
  if (!decision.allowed) throw new AppError('FORBIDDEN', denialMessage(decision, request.permission));
  return { resident, as: decision.as as Access['as'], scopes: decision.scopes, guardianship: own, actor };
}
