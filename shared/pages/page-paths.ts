/**
 * Every page of the mini-program, in one table: the client navigates with `pageUrl`, app.config.ts
 * builds its page list and subpackages from `appPages()`, and the functions name the page a subscribe
 * message opens with `pagePath`. A page under `packages/<name>/` lives in that subpackage; the rest
 * are in the main package (the tabs only). The first page is the one the app opens on.
 *
 * Adding a page: add its row here (name → path without leading slash and without `.tsx`), create
 * `client/src/<path>.tsx`; app.config.ts picks it up.
 */
export const PAGES = {
  map: 'pages/map/index',
  me: 'pages/me/index',
  familyHome: 'packages/family/pages/index/index',
  familyProfileForm: 'packages/family/pages/profile-form/index',
  familyProfileEdit: 'packages/family/pages/profile-edit/index',
  familyRequest: 'packages/family/pages/request/index',
  familyProfile: 'packages/family/pages/profile/index',
  familyAudit: 'packages/family/pages/audit/index',
  familyStaffConsents: 'packages/family/pages/staff-consents/index',
  familyConsent: 'packages/family/pages/consent/index',
  familyIdentity: 'packages/family/pages/identity/index',
  familyStaffIdentity: 'packages/family/pages/staff-identity/index',
  messages: 'packages/messages/pages/index/index',
  privacyGuide: 'packages/privacy/pages/guide/index',
  teamCard: 'packages/team/pages/card/index',
  signMine: 'packages/sign/pages/index/index',
  signChoose: 'packages/sign/pages/choose/index',
  signConfirm: 'packages/sign/pages/confirm/index',
  signContract: 'packages/sign/pages/contract/index',
  signAgreement: 'packages/sign/pages/agreement/index',
  signReview: 'packages/sign/pages/review/index',
  reminders: 'packages/reminders/pages/index/index',
  reminderPlan: 'packages/reminders/pages/plan/index',
  reminderPrescriptions: 'packages/reminders/pages/prescriptions/index',
  appointments: 'packages/appointments/pages/index/index',
  appointmentsStaff: 'packages/appointments/pages/staff/index',
  sojournRegister: 'packages/sojourn/pages/register/index',
  sojournGuests: 'packages/sojourn/pages/guests/index',
  sojournSummary: 'packages/sojourn/pages/summary/index',
  healthHome: 'packages/health/pages/index/index',
  healthRecord: 'packages/health/pages/record/index',
  healthTriage: 'packages/health/pages/triage/index',
} as const;

export type PageName = keyof typeof PAGES;

/** The tab pages (opened with switchTab; they take no query). */
export const TAB_PAGES = ['map', 'me'] as const satisfies readonly PageName[];
export type TabPageName = (typeof TAB_PAGES)[number];

/** What each tab shows: its label and the name of its icons in client/src/assets/tabbar (name.png, name-active.png). */
export const TAB_BAR: Record<TabPageName, { text: string; icon: string }> = {
  map: { text: '地图', icon: 'map' },
  me: { text: '我的', icon: 'me' },
};

/** The tab list of app.config.ts (WeChat wants it even with a custom tab bar). */
export function tabBarList(): { pagePath: string; text: string; iconPath: string; selectedIconPath: string }[] {
  return TAB_PAGES.map((name) => ({
    pagePath: PAGES[name],
    text: TAB_BAR[name].text,
    iconPath: `assets/tabbar/${TAB_BAR[name].icon}.png`,
    selectedIconPath: `assets/tabbar/${TAB_BAR[name].icon}-active.png`,
  }));
}

/** The tab a page path (`pages/me/index`, with or without a leading slash or query) belongs to, if it is a tab. */
export function tabOf(path: string): TabPageName | undefined {
  const clean = path.replace(/^\//, '').replace(/\?.*$/, '');
  return TAB_PAGES.find((name) => PAGES[name] === clean);
}

/** Query values; undefined and '' are left out, arrays are joined with commas. */
export type PageParams = Record<string, string | number | boolean | readonly string[] | undefined>;

export function pageQuery(params: PageParams = {}): string {
  const parts = Object.entries(params)
    .map(([key, value]) => [key, Array.isArray(value) ? value.join(',') : value] as const)
    .filter((e): e is readonly [string, string | number | boolean] => e[1] !== undefined && e[1] !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** `packages/sign/pages/contract/index?contractId=…`: the form a subscribe message's `page` takes. */
export function pagePath(name: PageName, params?: PageParams): string {
  return `${PAGES[name]}${pageQuery(params)}`;
}

/** `/packages/sign/pages/contract/index?contractId=…`: the form Taro's navigation takes. */
export function pageUrl(name: PageName, params?: PageParams): string {
  return `/${pagePath(name, params)}`;
}

const SUBPACKAGE = /^(packages\/[a-z][a-z0-9-]*)\/(.+)$/;

export interface AppPages {
  pages: string[];
  subPackages: { root: string; pages: string[] }[];
}

/** The page list and subpackages of app.config.ts, in table order. */
export function appPages(): AppPages {
  const pages: string[] = [];
  const subPackages: AppPages['subPackages'] = [];
  for (const path of Object.values(PAGES)) {
    const match = SUBPACKAGE.exec(path);
    if (!match) {
      pages.push(path);
      continue;
    }
    const [, root, page] = match;
    const sub = subPackages.find((s) => s.root === root);
    if (sub) sub.pages.push(page);
    else subPackages.push({ root, pages: [page] });
  }
  return { pages, subPackages };
}

/** The subpackage root of a page (`packages/team`), or undefined for the main package. */
export function packageOf(name: PageName): string | undefined {
  return SUBPACKAGE.exec(PAGES[name])?.[1];
}
