import { pageUrl } from '@shared/pages/page-paths';
/** The team card (subpackage `packages/team`). */
export const teamCardRoute = (teamId: string): string => pageUrl('teamCard', { teamId });
