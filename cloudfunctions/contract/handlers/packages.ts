import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { authorize } from '../../core/policy/authorize';
import { TeamRepository } from '../../core/grids/team-repository';
import { offersFor } from '../../core/contracts/offers';

/**
 * A team's packages with fees and what insurance pays. With a resident, each is checked against their
 * health profile (for someone allowed to sign for them); without one, anyone may browse.
 */
export const packages: Handler<'contract.packages'> = async ({ teamId, residentId }, ctx) => {
  const team = await new TeamRepository(ctx.db).find(teamId);
  if (!team) throw new AppError('NOT_FOUND', '没有找到该家庭医生团队，请重新选择', 'teamId');
  const resident = residentId
    ? (await authorize(ctx, { residentId, permission: 'contract.sign' })).resident
    : null;
  return {
    team: { id: team._id, name: team.name, institution: team.institution, phone: team.phone },
    packages: await offersFor(ctx.db, team._id, resident, ctx.now()),
  };
};
