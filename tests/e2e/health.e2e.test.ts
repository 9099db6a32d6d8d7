import type { Page } from 'playwright-core';
import { settle, startAppForFile, verifyIdentityAs, visible } from './harness';
import { withCheckChar } from '../../shared/resident/id-number';
import { sceneCaller } from './support/scene';

const app = startAppForFile();
const MOTHER = 'o-resident-ligl';
const DAUGHTER = 'o-resident-wangmin';
const STAFF = 'o-staff-zhangyi';
const MOTHER_ID = withCheckChar('53011419460308002');
const DAUGHTER_ID = withCheckChar('53010219790512004');

const act = sceneCaller(app);

let motherId = '';
beforeAll(async () => {
  const mother = await act(MOTHER, 'resident.createProfile', {
    subject: 'self', name: '李桂兰', gender: 'female', birthDate: '1946-03-08', idNumber: MOTHER_ID, phone: '13987650001',
    address: '昆明市呈贡区洛龙街道石龙湖社区3栋', gridId: 'cg-shilonghu-01', conditions: ['hypertension'], livesAlone: true,
  });
  motherId = String((mother.profile as { id: string }).id);
  await verifyIdentityAs(app, MOTHER, '李桂兰', MOTHER_ID);
  const { hash } = await act(MOTHER, 'contract.preview', { residentId: motherId, teamId: 'team-cg-shilonghu', packageCodes: ['basic', 'chronic'] });
  const contract = await act(MOTHER, 'contract.apply', { residentId: motherId, teamId: 'team-cg-shilonghu', packageCodes: ['basic', 'chronic'], agreementHash: hash });
  await act(STAFF, 'contract.review', { contractId: contract.id, decision: 'approve' });
  await act(DAUGHTER, 'resident.createProfile', {
    subject: 'self', name: '王敏', gender: 'female', birthDate: '1979-05-12', idNumber: DAUGHTER_ID, phone: '13987650002', address: '昆明市五华区华山街道1号',
  });
  const g = await act(DAUGHTER, 'resident.requestAccess', { name: '李桂兰', idNumber: MOTHER_ID, relation: 'parent', scopes: ['view', 'reminders'] });
  await act(MOTHER, 'resident.respondToRequest', { guardianshipId: g.id, accept: true, scopes: ['view', 'reminders'] });
  for (const [daysAgo, s, d] of [[9, 142, 84], [6, 146, 86], [3, 151, 88]]) {
    await act(MOTHER, 'health.record', { residentId: motherId, kind: 'bp', systolic: s, diastolic: d, measuredAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString() });
  }
  await act(DAUGHTER, 'resident.setElderMode', { enabled: true });
});

const tapText = (page: Page, text: string) => visible(page, text).click();

describe('a daughter records her mother’s blood pressure in elder mode', () => {
  it('sees the urgent screen for 185/115, the team sees her mother first on its list, and the chart shows the series', async () => {
    const daughter = await app.pageAs(DAUGHTER);
    await daughter.goto(`${app.url}/pages/me/index`);
    await daughter.locator('.ui-page--elder >> visible=true').first().waitFor();
    await daughter.waitForLoadState('networkidle');
    await settle(daughter);
    await daughter.locator('.me-health-actions .ui-button >> visible=true').first().click();
    await daughter.waitForURL(/packages\/health\/pages\/index\/index/);
    // She opens her own page first, then switches to her mother with the banner.
    await visible(daughter, '王敏的血压血糖').waitFor();
    await daughter.locator('.acting-as__switch >> visible=true').click();
    await daughter.locator('.acting-as__choice >> visible=true').filter({ hasText: '李桂兰' }).click();
    await visible(daughter, '李桂兰的血压血糖').waitFor();
    await visible(daughter, /151\/88 mmHg/).waitFor();
    await app.screenshot(daughter, 'health-chart-before-elder');

    await tapText(daughter, '记一次血压');
    await daughter.waitForURL(/packages\/health\/pages\/record\/index/);
    await visible(daughter, '正在为家人办理').waitFor();
    // An empty submit points at the first missing number, in words.
    await tapText(daughter, '保存');
    await daughter.locator('.hl-field--systolic .ui-field-error >> visible=true').waitFor();
    expect(await daughter.locator('.hl-field--systolic .ui-field-error >> visible=true').innerText()).toContain('收缩压');
    await daughter.locator('.hl-field--systolic input >> visible=true').fill('185');
    await daughter.locator('.hl-field--diastolic input >> visible=true').fill('115');
    await tapText(daughter, '保存');
    // The browser's stand-in for WeChat's dialog asks about the urgent-reading message; she allows it.
    await visible(daughter, '测到危急的血压、血糖时，用微信消息告诉您').waitFor();
    await tapText(daughter, '允许');
    await visible(daughter, '⚠ 这次血压读数危急').waitFor();
    expect(await visible(daughter, /拨打120/).isVisible()).toBe(true);
    await visible(daughter, /联系家庭医生/).waitFor();
    const call = await daughter.locator('.hl-urgent .ui-button >> visible=true').first().evaluate((el) => el.getBoundingClientRect().height);
    expect(call).toBeGreaterThanOrEqual(60);
    await app.screenshot(daughter, 'health-urgent-elder');

    const staff = await app.pageAs(STAFF);
    await staff.goto(`${app.url}/packages/health/pages/triage/index`);
    await staff.locator('.hl-triage >> visible=true').first().waitFor();
    const first = staff.locator('.hl-triage >> visible=true').first();
    expect(await first.innerText()).toContain('李桂兰');
    expect(await first.innerText()).toContain('危急读数待随访');
    expect(await first.innerText()).toContain('185/115');
    await app.screenshot(staff, 'health-triage');

    await tapText(daughter, '查看血压变化');
    await daughter.waitForURL(/packages\/health\/pages\/index\/index/);
    await visible(daughter, /185\/115 mmHg/).waitFor();
    const image = daughter.locator('.hl-chart >> visible=true').first();
    expect(await image.getAttribute('aria-label')).toMatch(/共4次血压记录.*185\/115/);
    await app.screenshot(daughter, 'health-chart-elder');
    await daughter.context().close();

    const mother = await app.pageAs(MOTHER);
    await mother.goto(`${app.url}/packages/health/pages/index/index?residentId=${motherId}`);
    await visible(mother, /185\/115 mmHg/).waitFor();
    await app.screenshot(mother, 'health-chart');
    await mother.context().close();
    await staff.context().close();
  });
});
