import { pagePath } from '../../../shared/pages/page-paths';

/** The reminders page of a resident, which every reminder and alert opens. */
export const remindersPage = (residentId: string) => pagePath('reminders', { residentId });
