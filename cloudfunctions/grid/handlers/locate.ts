import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { toGridSummary, toTeamSummary } from '../../core/grids/grid-docs';
import { GridRepository } from '../../core/grids/grid-repository';
import { TeamRepository } from '../../core/grids/team-repository';
import { toGcj02 } from '../../../shared/geo';
import { servicePointsByDistance, toServicePoint } from './service-points';

const NEAREST_TEAMS = 3;

/**
 * The grid holding a position and the team responsible for it, with the team's service points
 * nearest first. Outside every grid: the three nearest teams instead.
 */
export const locate: Handler<'grid.locate'> = async ({ lat, lng, coord }, ctx) => {
  const point = toGcj02({ lat, lng }, coord);
  const teams = new TeamRepository(ctx.db);
  const [grid] = await new GridRepository(ctx.db).containing(point);
  if (grid) {
    const team = await teams.find(grid.teamId);
    if (!team) throw new AppError('NOT_FOUND', '这个网格的负责团队信息暂缺，请联系所在社区卫生服务中心', 'teamId');
    return {
      inCoverage: true as const,
      point,
      grid: toGridSummary(grid),
      team: toTeamSummary(team),
      servicePoints: servicePointsByDistance(team, point),
    };
  }
  const nearest = await teams.nearest(point, NEAREST_TEAMS);
  return {
    inCoverage: false as const,
    point,
    message: '您所在的位置还没有划入家庭医生服务网格。下面是离您最近的家庭医生团队，也可以输入小区、村或街道名称查找。',
    nearestTeams: nearest.map((n) => ({
      team: toTeamSummary(n.team),
      distanceM: Math.round(n.distanceM),
      nearestPoint: toServicePoint(n.point, point),
    })),
  };
};
