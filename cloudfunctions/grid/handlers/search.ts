import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { toGridSummary, type GridDoc } from '../../core/grids/grid-docs';
import { GridRepository } from '../../core/grids/grid-repository';
import { TeamRepository } from '../../core/grids/team-repository';
import { bestMatch, compareMatches, gridPlaceNames, lookupTerm, type NameMatch } from '../../../shared/grid/search-terms';

const MAX_RESULTS = 20;
/** Candidates read for one query; a one-character query can match many grids. */
const MAX_CANDIDATES = 500;

/** Two grids a person could not tell apart on the list (same name, place and team) are one choice. */
const lookAlike = (g: GridDoc): string => [g.name, g.region.county, g.region.township, g.region.community, g.teamId].join('|');

/**
 * Grids by the name of a 小区, 村, 社区, 街道 or 区县 in them, for people who would rather not share
 * their location: exact names first, then names starting with the query, then names containing it.
 */
export const search: Handler<'grid.search'> = async ({ q }, ctx) => {
  const term = lookupTerm(q);
  if (!term) throw new AppError('INVALID_INPUT', '请输入要查找的小区、村或街道名称', 'q');
  const candidates = await new GridRepository(ctx.db).withSearchTerm(term, MAX_CANDIDATES);
  const matched: Array<{ grid: GridDoc; match: NameMatch }> = [];
  for (const grid of candidates) {
    const match = bestMatch(q, gridPlaceNames(grid));
    if (match) matched.push({ grid, match });
  }
  matched.sort((a, b) => compareMatches(a.match, b.match) || (a.grid.gridId < b.grid.gridId ? -1 : 1));
  const seen = new Set<string>();
  const distinct = matched.filter(({ grid }) => {
    const key = lookAlike(grid);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const top = distinct.slice(0, MAX_RESULTS);
  const teams = await new TeamRepository(ctx.db).findMany(top.map((m) => m.grid.teamId));
  return {
    q,
    results: top.map(({ grid, match }) => ({
      grid: toGridSummary(grid),
      teamName: teams.get(grid.teamId)?.name ?? '',
      match: match.match,
      matchedName: match.name,
      matchedAs: match.kind,
    })),
  };
};
