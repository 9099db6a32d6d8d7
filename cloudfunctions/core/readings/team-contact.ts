import type { Ctx } from '../context';
import { TeamRepository } from '../grids/team-repository';
import type { CurrentTeams } from '../../../shared/policy/teams';

/** The team to call about a reading: a sojourn team during the stay (it is nearby), else the home team. */
export async function teamContact(ctx: Ctx, teams: CurrentTeams): Promise<{ name: string; phone: string } | null> {
  const id = teams.sojourn[0] ?? teams.home;
  if (!id) return null;
  const team = await new TeamRepository(ctx.db).find(id);
  return team ? { name: team.name, phone: team.phone } : null;
}
