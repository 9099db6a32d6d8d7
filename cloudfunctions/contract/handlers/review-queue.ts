import type { Handler } from '../../core/define-function';
import { authorizeTeam } from '../../core/policy/team-access';
import { AuditLog } from '../../core/audit/audit-log';
import { auditEntry, decideFor } from '../../core/policy/authorize';
import { GridRepository } from '../../core/grids/grid-repository';
import { ResidentRepository } from '../../core/residents/resident-repository';
import { ContractRepository } from '../../core/contracts/contract-repository';
import { toContract } from '../../core/contracts/contract-views';
import { PackageRepository } from '../../core/contracts/package-repository';
import { reviewSummary } from '../../core/contracts/review-summary';

/**
 * For staff: the applications waiting for their team, oldest first, each with a masked summary of
 * the resident. Every resident shown is recorded in their access record.
 */
export const reviewQueue: Handler<'contract.reviewQueue'> = async (_input, ctx) => {
  const now = ctx.now();
  const { actor: account, team } = await authorizeTeam(ctx, 'contracts.queue');
  const teamId = team._id;

  const repo = new ContractRepository(ctx.db);
  const waiting = (await repo.pendingForTeam(teamId)).filter((c) => c.residentOpenid !== ctx.openid && c.signedBy.openid !== ctx.openid);
  const residents = new Map((await new ResidentRepository(ctx.db).findMany([...new Set(waiting.map((c) => c.residentId))])).map((r) => [r._id, r]));
  const [catalogue, grids] = await Promise.all([
    new PackageRepository(ctx.db).catalogue(),
    new GridRepository(ctx.db).names([...new Set([...residents.values()].map((r) => r.gridId).filter((g): g is string => g !== null))]),
  ]);

  const items = [];
  const audit = [];
  for (const c of waiting) {
    const r = residents.get(c.residentId);
    if (!r) continue;
    const decision = decideFor(ctx, account, r, 'contract.review', { application: { teamId: c.teamId, signedBy: c.signedBy.openid } });
    if (!decision.allowed) continue;
    audit.push(await auditEntry(ctx, { residentId: r._id, permission: 'contract.review', decision }, account, null));
    const previous = c.previousContractId ? await repo.find(c.previousContractId) : null;
    const area = (r.gridId && grids.get(r.gridId)) || `${r.address.slice(0, 8)}…`;
    items.push({ contract: toContract(c, now), resident: reviewSummary(c, r, catalogue, area, previous, now) });
  }
  await new AuditLog(ctx.db).record(audit);
  return { team: { id: team._id, name: team.name, institution: team.institution, phone: team.phone }, items };
};
