/** The family pages, for navigation (paths from the one page table). `back`: where a detour returns. */
import { pageUrl } from '@shared/pages/page-paths';

export const FAMILY_ROUTES = {
  home: (notice?: string) => pageUrl('familyHome', { notice }),
  createProfile: (forRelative: boolean, back?: string) => pageUrl('familyProfileForm', { for: forRelative ? 'relative' : undefined, back }),
  request: pageUrl('familyRequest'),
  profile: (residentId: string) => pageUrl('familyProfile', { residentId }),
  editProfile: (residentId: string, back?: string) => pageUrl('familyProfileEdit', { residentId, back }),
  audit: (residentId: string) => pageUrl('familyAudit', { residentId }),
  staffConsents: pageUrl('familyStaffConsents'),
  consent: (guardianshipId: string, back?: string) => pageUrl('familyConsent', { guardianshipId, back }),
  /** `claim`: the person's number is registered by someone else and she takes the record over. */
  identity: (back?: string, claim?: boolean) => pageUrl('familyIdentity', { back, claim: claim ? '1' : undefined }),
  staffIdentity: pageUrl('familyStaffIdentity'),
};
