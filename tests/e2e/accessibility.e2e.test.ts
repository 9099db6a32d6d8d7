import type { Page } from 'playwright-core';
import { PAGES, pageUrl, type PageName } from '../../shared/pages/page-paths';
import { settle, startAppForFile } from './harness';
import { axeViolations, elderNumbers, type Violation } from './support/a11y-audit';
import { makeData, PEOPLE, setElderMode, TEAM, type A11yData } from './support/a11y-data';

/**
 * Every page of the H5 build, as the personas who reach it, in normal and in elder mode: axe-core's
 * WCAG 2.1 A and AA rules find nothing, and in elder mode the 适老化 numbers hold (text at least
 * 18 px and the largest at least 30 px, line height at least 1.3, buttons, tabs of the tab bar and
 * switches at least 60 × 60 px, the drawn switch at least 48 px tall, and every other tap target at
 * least 44 × 44 px); in both modes links are underlined, so they look like links. The numbers are
 * printed per page.
 * A page added to the page table needs its visits here.
 */
type Visit = { who: string; url: (d: A11yData) => string; ready: string | RegExp };
const VISITS: Record<PageName, Visit[]> = {
  map: [{ who: PEOPLE.mother, url: () => pageUrl('map'), ready: '.map-search' }],
  me: [
    { who: PEOPLE.mother, url: () => pageUrl('me'), ready: '长辈模式' },
    { who: PEOPLE.staff, url: () => pageUrl('me'), ready: '长辈模式' },
  ],
  familyHome: [{ who: PEOPLE.daughter, url: () => pageUrl('familyHome'), ready: '我代管的家人' }],
  familyProfileForm: [
    { who: PEOPLE.newcomer, url: () => pageUrl('familyProfileForm'), ready: '建立我的健康档案' },
    { who: PEOPLE.daughter, url: () => pageUrl('familyProfileForm', { for: 'relative' }), ready: '为家人建档' },
  ],
  familyProfileEdit: [{ who: PEOPLE.daughter, url: (d) => pageUrl('familyProfileEdit', { residentId: d.motherId }), ready: '保存修改' }],
  familyRequest: [{ who: PEOPLE.daughter, url: () => pageUrl('familyRequest'), ready: '发送申请' }],
  familyProfile: [{ who: PEOPLE.mother, url: (d) => pageUrl('familyProfile', { residentId: d.motherId }), ready: '谁看过这份档案' }],
  familyAudit: [{ who: PEOPLE.mother, url: (d) => pageUrl('familyAudit', { residentId: d.motherId }), ready: '访问记录' }],
  familyStaffConsents: [{ who: PEOPLE.staff, url: () => pageUrl('familyStaffConsents'), ready: '核实代管授权' }],
  familyIdentity: [{ who: PEOPLE.applicant, url: () => pageUrl('familyIdentity'), ready: '开始人脸核身' }],
  familyStaffIdentity: [{ who: PEOPLE.staff, url: () => pageUrl('familyStaffIdentity'), ready: '确认是本人' }],
  familyConsent: [{ who: PEOPLE.mother, url: (d) => pageUrl('familyConsent', { guardianshipId: d.pendingRequestId }), ready: /请求代您办理/ }],
  messages: [{ who: PEOPLE.mother, url: () => pageUrl('messages'), ready: '消息' }],
  reminders: [{ who: PEOPLE.mother, url: (d) => pageUrl('reminders', { residentId: d.motherId }), ready: /用药提醒/ }],
  reminderPlan: [{ who: PEOPLE.mother, url: (d) => pageUrl('reminderPlan', { residentId: d.motherId }), ready: '添加用药提醒' }],
  reminderPrescriptions: [{ who: PEOPLE.staff, url: (d) => pageUrl('reminderPrescriptions', { residentId: d.motherId }), ready: '保存处方' }],
  appointments: [{ who: PEOPLE.mother, url: (d) => pageUrl('appointments', { residentId: d.motherId }), ready: '预约服务' }],
  appointmentsStaff: [{ who: PEOPLE.staff, url: () => pageUrl('appointmentsStaff'), ready: '号源与预约' }],
  sojournRegister: [{ who: PEOPLE.mother, url: (d) => pageUrl('sojournRegister', { residentId: d.motherId, teamId: 'team-pe-sojourn-simao' }), ready: '旅居登记' }],
  sojournGuests: [{ who: PEOPLE.sojournStaff, url: () => pageUrl('sojournGuests'), ready: '已保存的旅居小结' }],
  sojournSummary: [
    // A real summary: the mother's stay, ended, with a reading and the team's closing note.
    { who: PEOPLE.mother, url: (d) => pageUrl('sojournSummary', { stayId: d.summaryStayId }), ready: '保存为图片' },
    // Opened from a link to a stay that does not exist.
    { who: PEOPLE.sojournStaff, url: () => pageUrl('sojournSummary', { stayId: 'st-none' }), ready: '旅居健康小结' },
  ],
  healthHome: [{ who: PEOPLE.mother, url: (d) => pageUrl('healthHome', { residentId: d.motherId }), ready: '测量项目' }],
  healthRecord: [{ who: PEOPLE.mother, url: (d) => pageUrl('healthRecord', { residentId: d.motherId }), ready: '收缩压（高压）' }],
  healthTriage: [{ who: PEOPLE.staff, url: () => pageUrl('healthTriage'), ready: '需要随访的居民' }],
  privacyGuide: [{ who: PEOPLE.newcomer, url: () => pageUrl('privacyGuide'), ready: '云岭家医隐私保护指引' }],
  teamCard: [{ who: PEOPLE.newcomer, url: () => pageUrl('teamCard', { teamId: TEAM }), ready: '张毅' }],
  signMine: [{ who: PEOPLE.mother, url: () => pageUrl('signMine'), ready: '我的签约' }],
  signChoose: [{ who: PEOPLE.applicant, url: () => pageUrl('signChoose', { teamId: TEAM }), ready: '选择服务包' }],
  signConfirm: [{ who: PEOPLE.daughter, url: () => pageUrl('signConfirm', { teamId: TEAM, codes: ['basic'] }), ready: '我已阅读并同意本协议' }],
  signContract: [{ who: PEOPLE.mother, url: (d) => pageUrl('signContract', { contractId: d.contractId }), ready: '签约详情' }],
  signAgreement: [{ who: PEOPLE.mother, url: (d) => pageUrl('signAgreement', { contractId: d.contractId }), ready: '协议原文' }],
  signReview: [{ who: PEOPLE.staff, url: () => pageUrl('signReview'), ready: /刘\*明/ }],
};

const app = startAppForFile();
let data: A11yData;
beforeAll(async () => {
  data = await makeData(app);
});

async function open(visit: Visit, elder: boolean): Promise<Page> {
  const page = await app.pageAs(visit.who);
  await page.goto(`${app.url}${visit.url(data)}`);
  await page.locator(elder ? '.ui-page--elder' : '.ui-page:not(.ui-page--elder)').locator('visible=true').first().waitFor();
  const ready = typeof visit.ready === 'string' && visit.ready.startsWith('.') ? page.locator(visit.ready) : page.getByText(visit.ready);
  await ready.locator('visible=true').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.locator('.ui-loading').locator('visible=true').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
  await settle(page);
  return page;
}

const line = (v: Violation) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.join(' | ')}`;

describe('accessibility of every page', () => {
  it('has visits for every page in the page table', () => {
    expect(Object.keys(VISITS).sort()).toEqual(Object.keys(PAGES).sort());
  });

  for (const elder of [false, true]) {
    describe(elder ? 'in elder mode' : 'in normal mode', () => {
      beforeAll(() => setElderMode(app, elder));

      for (const [name, visits] of Object.entries(VISITS)) {
        it(`${name}: no WCAG 2.1 A/AA violation${elder ? ', and the 适老化 numbers' : ''}`, async () => {
          const problems: string[] = [];
          for (const visit of visits) {
            const page = await open(visit, elder);
            const found = await axeViolations(page);
            problems.push(...found.map((v) => `${visit.url(data)} as ${visit.who}: ${line(v)}`));
            const n = await elderNumbers(page);
            const tag = `${name}${visits.length > 1 ? `(${visit.who})` : ''}`;
            console.log(
              `A11Y ${tag} ${elder ? 'elder' : 'normal'} text ${n.minText.size.toFixed(1)}-${n.maxText.toFixed(1)}px line ${n.minLineHeight.ratio.toFixed(2)} axe ${found.length}`,
            );
            if (n.smallOther.length) problems.push(`${tag}: tap targets under 44×44: ${n.smallOther.join('; ')}`);
            if (n.plainLinks.length) problems.push(`${tag}: links that do not look like links: ${n.plainLinks.join('; ')}`);
            if (elder) {
              if (n.minText.size < 18) problems.push(`${tag}: text under 18px: ${n.minText.size} at ${n.minText.where}`);
              if (n.maxText < 30) problems.push(`${tag}: largest text ${n.maxText}px, under 30px`);
              if (n.minLineHeight.ratio < 1.3) problems.push(`${tag}: line height ${n.minLineHeight.ratio.toFixed(2)} at ${n.minLineHeight.where}`);
              if (n.smallMain.length) problems.push(`${tag}: buttons, tabs or switches under 60×60: ${n.smallMain.join('; ')}`);
              if (n.smallSwitches.length) problems.push(`${tag}: switches drawn under 48 px tall: ${n.smallSwitches.join('; ')}`);
            }
            await page.context().close();
          }
          expect(problems).toEqual([]);
        });
      }
    });
  }
});
