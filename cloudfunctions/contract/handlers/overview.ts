import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { AccountRepository, staffTeamOf } from '../../core/accounts/account-repository';
import { authorize } from '../../core/policy/authorize';
import { TeamRepository } from '../../core/grids/team-repository';
import { GuardianshipRepository } from '../../core/guardianships/guardianship-repository';
import { ResidentRepository } from '../../core/residents/resident-repository';
import { ContractRepository } from '../../core/contracts/contract-repository';
import { currentAndNext, toContract } from '../../core/contracts/contract-views';
import { NoticeRepository, toNotice } from '../../core/notices/notice-repository';
import { effectiveScopes } from '../../../shared/policy/consent';
import { RELATION_LABELS } from '../../../shared/resident/vocabulary';

/**
 * For the me tab: the caller's own contract and those of family members whose records they may view,
 * unread contract notices, and for staff how many applications wait for their team.
 */
export const overview: Handler<'contract.overview'> = async (_input, ctx) => {
  const now = ctx.now();
  const residents = new ResidentRepository(ctx.db);
  const contracts = new ContractRepository(ctx.db);
  const [self, guardianships, account, notices] = await Promise.all([
    residents.findOwnedBy(ctx.openid),
    new GuardianshipRepository(ctx.db).forGuardian(ctx.openid),
    new AccountRepository(ctx.db).find(ctx.openid),
    new NoticeRepository(ctx.db).unread(ctx.openid, 10),
  ]);

  const people = [];
  const summarize = async (residentId: string, name: string, isSelf: boolean, relationLabel: string | null) => {
    const { current, next } = currentAndNext(await contracts.forResident(residentId), now);
    return {
      residentId,
      name,
      self: isSelf,
      relationLabel,
      current: current ? toContract(current, now) : null,
      next: next ? toContract(next, now) : null,
    };
  };
  if (self) people.push(await summarize(self._id, self.name, true, null));

  const active = guardianships.filter((g) => g.status === 'active');
  const managed = new Map((await residents.findMany(active.map((g) => g.residentId))).map((r) => [r._id, r]));
  for (const g of active) {
    const resident = managed.get(g.residentId);
    if (!resident || !effectiveScopes(g, resident.birthDate, now).includes('view')) continue;
    try {
      // Goes through the policy so that the look is recorded in the family member's access record.
      await authorize(ctx, { residentId: g.residentId, permission: 'records.read' });
    } catch (err) {
      if (err instanceof AppError && err.code === 'FORBIDDEN') continue;
      throw err;
    }
    people.push(await summarize(resident._id, resident.name, false, RELATION_LABELS[g.relation]));
  }

  const teamId = staffTeamOf(account);
  const team = teamId ? await new TeamRepository(ctx.db).find(teamId) : null;
  return {
    people,
    notices: notices.map(toNotice),
    review: team ? { teamName: team.name, pending: await contracts.countPendingForTeam(team._id) } : null,
  };
};
