/** The family pages, for navigation. */
const ROOT = '/packages/family/pages';

export const FAMILY_ROUTES = {
  home: `${ROOT}/index/index`,
  createProfile: (forRelative: boolean) => `${ROOT}/profile-form/index${forRelative ? '?for=relative' : ''}`,
  request: `${ROOT}/request/index`,
  profile: (residentId: string) => `${ROOT}/profile/index?residentId=${encodeURIComponent(residentId)}`,
  audit: (residentId: string) => `${ROOT}/audit/index?residentId=${encodeURIComponent(residentId)}`,
  staffConsents: `${ROOT}/staff-consents/index`,
};
