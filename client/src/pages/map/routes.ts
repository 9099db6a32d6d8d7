import { pageUrl } from '@shared/pages/page-paths';
/** The team card (subpackage `packages/team`). */
export const teamCardRoute = (teamId: string): string => pageUrl('teamCard', { teamId });
/** Sojourn registration with a sojourn team (subpackage `packages/sojourn`). */
export const sojournRoute = (teamId: string, teamName: string): string => pageUrl('sojournRegister', { teamId, teamName });
