/** The family pages, for navigation (paths from the one page table). */
import { pageUrl } from '@shared/pages/page-paths';

export const FAMILY_ROUTES = {
  home: (notice?: string) => pageUrl('familyHome', { notice }),
  createProfile: (forRelative: boolean) => pageUrl('familyProfileForm', { for: forRelative ? 'relative' : undefined }),
  request: pageUrl('familyRequest'),
  profile: (residentId: string) => pageUrl('familyProfile', { residentId }),
  audit: (residentId: string) => pageUrl('familyAudit', { residentId }),
  staffConsents: pageUrl('familyStaffConsents'),
};
