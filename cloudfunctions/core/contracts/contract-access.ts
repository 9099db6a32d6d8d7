import type { Ctx } from '../context';
import { AppError } from '../errors';
import { AccountRepository, type AccountDoc } from '../accounts/account-repository';
import { AuditLog } from '../audit/audit-log';
import { auditEntry, authorize, type Access } from '../policy/authorize';
import { ResidentRepository, type ResidentDoc } from '../residents/resident-repository';
import { decide, type Decision } from '../../../shared/policy/decide';
import type { ContractDoc } from './contract-docs';

/** The caller's team, when they are staff. */
export function staffTeamOf(account: AccountDoc | null): string | null {
  return account?.roles.includes('staff') ? (account.staff?.teamId ?? null) : null;
}

/**
 * The team an application is addressed to reviews it, also before that team looks after the
 * resident: for this the access policy is asked as if the contract's team were the resident's team.
 * Nobody reviews an application of their own or one they signed for family. Allowed or not, the
 * access goes into the resident's access record.
 */
export async function authorizeTeamAccess(
  ctx: Ctx,
  contract: ContractDoc,
  action: string,
  preloaded?: { account: AccountDoc | null; resident: ResidentDoc | null },
): Promise<{ resident: ResidentDoc; account: AccountDoc }> {
  const [account, resident] = preloaded
    ? [preloaded.account, preloaded.resident]
    : await Promise.all([new AccountRepository(ctx.db).find(ctx.openid), new ResidentRepository(ctx.db).find(contract.residentId)]);
  if (!resident) throw new AppError('NOT_FOUND', '没有找到该居民的档案');
  const staffTeamId = staffTeamOf(account);
  let decision: Decision = decide({
    permission: 'records.read',
    actor: { openid: ctx.openid, staffTeamId },
    resident: { ownerOpenid: resident.ownerOpenid, birthDate: resident.birthDate },
    teams: { home: contract.teamId, sojourn: [] },
    guardianships: [],
    at: ctx.now(),
  });
  const ownCase = resident.ownerOpenid === ctx.openid || contract.signedBy.openid === ctx.openid;
  if (decision.allowed && (decision.as !== 'staff' || ownCase)) decision = { allowed: false, as: decision.as, reason: 'own_case' };
  const entry = await auditEntry(ctx, { residentId: resident._id, action, permission: 'contract.review', decision }, account, null);
  await new AuditLog(ctx.db).record(entry);
  if (!decision.allowed) {
    throw new AppError('FORBIDDEN', ownCase && staffTeamId === contract.teamId ? '不能审核自己或自己代签的签约申请，请由团队其他成员办理' : '这份签约申请不是提交给您所在团队的');
  }
  return { resident, account: account! };
}

/**
 * Who may read a contract: staff of the contract's team, and whoever the access policy lets read the
 * resident's records (the resident, a guardian with `view`, staff of the team looking after them).
 */
export async function authorizeContractRead(ctx: Ctx, contract: ContractDoc, action: string): Promise<Access | { as: 'team' }> {
  const account = await new AccountRepository(ctx.db).find(ctx.openid);
  const ownCase = contract.residentOpenid === ctx.openid || contract.signedBy.openid === ctx.openid;
  if (staffTeamOf(account) === contract.teamId && !ownCase) {
    await authorizeTeamAccess(ctx, contract, action, { account, resident: await new ResidentRepository(ctx.db).find(contract.residentId) });
    return { as: 'team' };
  }
  return authorize(ctx, { residentId: contract.residentId, permission: 'records.read', action });
}
