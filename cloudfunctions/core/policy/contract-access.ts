import type { Ctx } from '../context';
import type { AccountDoc } from '../accounts/account-repository';
import type { ResidentDoc } from '../residents/resident-repository';
import type { ContractDoc } from '../contracts/contract-docs';
import { ContractRepository } from '../contracts/contract-repository';
import { AppError } from '../errors';
import { authorize, type Access } from './authorize';

const applicationOf = (contract: ContractDoc) => ({ teamId: contract.teamId, signedBy: contract.signedBy.openid });

/**
 * The team an application is addressed to reviews it, also before that team looks after the
 * resident (`contract.review`, staff rule `addressed`); nobody reviews an application of their own or
 * one they signed for family. Allowed or not, the access goes into the resident's access record.
 */
export async function authorizeTeamAccess(ctx: Ctx, contract: ContractDoc): Promise<{ resident: ResidentDoc; account: AccountDoc }> {
  const access = await authorize(ctx, { residentId: contract.residentId, permission: 'contract.review', application: applicationOf(contract) });
  return { resident: access.resident, account: access.actor! };
}

/**
 * Who may read a contract (`contract.read`): the resident, a guardian with `view`, staff of the team
 * looking after the resident and staff of the contract's own team.
 */
export async function authorizeContractRead(ctx: Ctx, contract: ContractDoc): Promise<Access> {
  return authorize(ctx, { residentId: contract.residentId, permission: 'contract.read', application: applicationOf(contract) });
}

/**
 * Before a stored result of signing (apply, renew, switch) is handed out again: the caller must still
 * be allowed to sign for the resident, as on the first call.
 */
export const replaySigning = (ctx: Ctx) => ({
  replay: async (contractId: string): Promise<void> => {
    const doc = await new ContractRepository(ctx.db).find(contractId);
    if (!doc) throw new AppError('NOT_FOUND', '没有找到这份签约');
    await authorize(ctx, { residentId: doc.residentId, permission: 'contract.sign' });
  },
});
