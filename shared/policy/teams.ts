/** The parts of a contract that decide which team is responsible for a resident. */
export interface ContractFacts {
  teamId: string;
  kind: 'regular' | 'sojourn';
  status: string;
  period: { start: Date; end: Date };
}

export interface CurrentTeams {
  /** The team of the active regular contract, or of the resident's grid when there is none. */
  home: string | null;
  /** Teams of sojourn contracts active on the day. */
  sojourn: string[];
}

/** A contract covers moments from `period.start` up to and including `period.end`. */
function covers(c: ContractFacts, at: Date): boolean {
  const t = at.getTime();
  return c.status === 'active' && new Date(c.period.start).getTime() <= t && t <= new Date(c.period.end).getTime();
}

/**
 * Which teams look after a resident at `at`: the home team (active regular contract first, else the
 * team of the grid they live in) and any sojourn team whose contract covers the day.
 */
export function currentTeams(input: { contracts: readonly ContractFacts[]; gridTeamId: string | null; at: Date }): CurrentTeams {
  const active = input.contracts.filter((c) => covers(c, input.at));
  const regular = active.find((c) => c.kind === 'regular');
  return {
    home: regular ? regular.teamId : input.gridTeamId,
    sojourn: [...new Set(active.filter((c) => c.kind === 'sojourn').map((c) => c.teamId))],
  };
}

/** True when a staff member of `teamId` looks after the resident now. */
export function isCurrentTeam(teams: CurrentTeams, teamId: string | null): boolean {
  return teamId !== null && (teams.home === teamId || teams.sojourn.includes(teamId));
}
