/** The team card (subpackage `packages/team`). */
export const teamCardRoute = (teamId: string): string => `/packages/team/pages/card/index?teamId=${encodeURIComponent(teamId)}`;
