import path from 'node:path';
import type { Page } from 'playwright-core';
import { formFields, searchMap, startAppForFile, tap, verifyIdentityAs, visible } from './harness';
import { withCheckChar } from '../../shared/resident/id-number';

// Each persona's journey in elder mode, from opening the app to the goal, by tapping only.
const app = startAppForFile();

const MOTHER = 'o-resident-ligl';
const DAUGHTER = 'o-resident-wangmin';
const STAFF = 'o-staff-zhangyi';
const MOTHER_ID = withCheckChar('53011419460308002');

/** Opens the app as `openid` with 长辈模式 on, on the first tab, as WeChat does. */
async function openApp(openid: string): Promise<Page> {
  await app.callAs(openid, 'resident', 'setElderMode', { enabled: true });
  const page = await app.pageAs(openid);
  await page.goto(`${app.url}/`);
  return page;
}

async function toMeTab(page: Page): Promise<void> {
  await page.locator('.ui-tab-bar').locator('visible=true').getByRole('tab', { name: '我的' }).click();
  await page.locator('.ui-page--elder >> visible=true').getByText('长辈模式').first().waitFor();
  await page.waitForLoadState('networkidle');
}

const { fill } = formFields('family');

async function motherProfile(): Promise<void> {
  await app.callAs(MOTHER, 'resident', 'createProfile', {
    subject: 'self', name: '李桂兰', gender: 'female', birthDate: '1946-03-08', idNumber: MOTHER_ID,
    phone: '13987650001', address: '昆明市呈贡区洛龙街道石龙湖社区3栋', gridId: 'cg-shilonghu-01', conditions: ['hypertension'], livesAlone: true,
  });
  await verifyIdentityAs(app, MOTHER, '李桂兰', MOTHER_ID);
}

describe('journeys in elder mode', () => {
  it('新用户 finds her team on the map, creates her record on the way and lands back in signing', async () => {
    const page = await openApp('o-resident-new');
    await searchMap(page, '石龙湖');
    await page.locator('.map-result >> visible=true').first().click();
    await visible(page, '查看团队成员和服务点').click();
    await visible(page, '与该团队签约').click();
    await visible(page, '请先建立健康档案').waitFor();
    await app.screenshot(page, 'journey-new-needs-record');
    await tap(page, '建立健康档案');

    await visible(page, '建立我的健康档案').waitFor();
    await fill(page, 'name', '赵秀英');
    await fill(page, 'idNumber', withCheckChar('53011419520715002'));
    await fill(page, 'phone', '13987650077');
    await fill(page, 'address', '昆明市呈贡区洛龙街道石龙湖社区9栋');
    await page.locator('.family-field--gridId input >> visible=true').fill('石龙湖');
    await tap(page, '查找');
    await page.locator('.family-grid__result >> visible=true').first().click();
    await visible(page, '高血压').click();
    await app.screenshot(page, 'journey-new-record-form');
    await tap(page, '建立档案');

    // Back on the step that needed the record, for the same team.
    await page.waitForURL(/\/packages\/sign\/pages\/choose\/index\?teamId=team-cg-shilonghu/);
    await visible(page, '符合条件：已登记：高血压').waitFor();
    await page.locator('.sign-package__head >> visible=true', { hasText: '慢病管理包' }).click();
    await visible(page, '下一步：阅读签约协议').click();
    await visible(page, '我已阅读并同意本协议').click();
    await visible(page, '同意并签约').click();
    await visible(page, '允许').click();
    await visible(page, '等待团队审核').waitFor();
    await app.screenshot(page, 'journey-new-signed');
    await page.context().close();
  });

  it('王敏 asks to manage her mother; 李桂兰 sees it in her message centre and agrees after reading what it allows', async () => {
    await motherProfile();
    const daughter = await openApp(DAUGHTER);
    await toMeTab(daughter);
    await daughter.locator('.me-family-actions .ui-button >> visible=true').first().click();
    await tap(daughter, '申请代管已建档的家人');
    await fill(daughter, 'name', '李桂兰');
    await fill(daughter, 'idNumber', MOTHER_ID);
    await visible(daughter, '父母').click();
    await app.screenshot(daughter, 'journey-daughter-request');
    await tap(daughter, '发送申请');
    await visible(daughter, '待对方同意').waitFor();

    const mother = await openApp(MOTHER);
    await toMeTab(mother);
    await visible(mother, '王敏（您的子女）请求代您办理').waitFor();
    await visible(mother, '等您同意').waitFor();
    await visible(mother, '王敏请求代您办理，等您同意').waitFor();
    await app.screenshot(mother, 'journey-mother-me-tab');
    await visible(mother, '同意（先看清每项的含义）').click();
    await visible(mother, /可以看到您的健康档案/).waitFor();
    await app.screenshot(mother, 'journey-mother-consent');
    await tap(mother, '同意所选的事项');
    await tap(mother, '确认同意');
    // Back on her me tab, which no longer asks her.
    await mother.getByText('王敏（您的子女）请求代您办理').first().waitFor({ state: 'hidden' });
    await visible(mother, '长辈模式').waitFor();

    // She opens the app again later: the answer waits in her messages.
    await daughter.goto(`${app.url}/`);
    await toMeTab(daughter);
    await visible(daughter, '李桂兰已同意您代办').waitFor();
    await app.screenshot(daughter, 'journey-daughter-granted');
    await daughter.context().close();
    await mother.context().close();
  });

  it('王敏 edits her mother’s phone number', async () => {
    const daughter = await openApp(DAUGHTER);
    await toMeTab(daughter);
    await daughter.locator('.me-family-actions .ui-button >> visible=true').first().click();
    await tap(daughter, '为李桂兰办理');
    await tap(daughter, '查看档案');
    await visible(daughter, '13987650001').waitFor();
    await visible(daughter, '修改手机号码、地址和健康情况').click();
    await fill(daughter, 'phone', '1398765');
    await tap(daughter, '保存修改');
    await visible(daughter, '请填写11位中国大陆手机号码').waitFor();
    await app.screenshot(daughter, 'journey-edit-invalid');
    await fill(daughter, 'phone', '13987650099');
    await tap(daughter, '保存修改');
    await visible(daughter, '13987650099').waitFor();
    await app.screenshot(daughter, 'journey-edit-saved');
    await daughter.context().close();
  });

  it('张毅 reviews an application and confirms before approving', async () => {
    const mine = await app.callAs(MOTHER, 'resident', 'listMine', {});
    const input = { residentId: mine.self.id, teamId: 'team-cg-shilonghu', packageCodes: ['basic'] };
    const { hash } = await app.callAs(MOTHER, 'contract', 'preview', input);
    await app.callAs(MOTHER, 'contract', 'apply', { ...input, agreementHash: hash });

    const staff = await openApp(STAFF);
    await toMeTab(staff);
    await visible(staff, /签约审核（待审核 \d+ 份）/).click();
    const card = staff.locator('.sign-review >> visible=true', { hasText: '李*兰' }).first();
    await card.waitFor();
    await card.getByText('通过', { exact: true }).click();
    await visible(staff, '确认通过').waitFor();
    await app.screenshot(staff, 'journey-staff-confirm');
    await tap(staff, '确认通过');
    await visible(staff, /已通过李\*兰的新签约申请/).waitFor();
    await app.screenshot(staff, 'journey-staff-approved');
    await tap(staff, '已处理');
    const decided = staff.locator('.sign-history >> visible=true', { hasText: '李*兰 · 新签约' }).first();
    await decided.getByText('已通过', { exact: true }).waitFor();
    await decided.getByText(/张毅（呈贡区石龙湖社区家庭医生团队）/).waitFor();
    await app.screenshot(staff, 'journey-staff-history');
    await staff.context().close();
  });

  it('张毅 checks an elder’s consent in person, reading her ID card from a photo', async () => {
    await app.callAs(DAUGHTER, 'resident', 'createProfile', {
      subject: 'relative', relation: 'parent', scopes: ['view', 'sign'], name: '张秀英', gender: 'female', birthDate: '1948-05-06',
      idNumber: '530114194805061229', phone: '13987650011', address: '昆明市呈贡区洛龙街道石龙湖社区5栋', gridId: 'cg-shilonghu-01',
    });
    const staff = await openApp(STAFF);
    await toMeTab(staff);
    await tap(staff, '核实代管授权');
    const card = staff.locator('.family-verify >> visible=true', { hasText: '张秀英' }).first();
    await card.waitFor();
    const chooser = staff.waitForEvent('filechooser');
    await card.getByText('拍身份证识别', { exact: true }).click();
    await (await chooser).setFiles(path.resolve(__dirname, '../../emulator/wx/fixtures/id-card-sample.png'));
    await card.getByText('已从身份证读取：张秀英，女，1948-05-06出生').waitFor();
    expect(await card.locator('.family-field--idNumber input').inputValue()).toBe('530114194805061229');
    await app.screenshot(staff, 'journey-staff-id-card');
    await card.getByText('本人同意', { exact: true }).click();
    await visible(staff, /已记录张秀英同意/).waitFor();
    await staff.context().close();
  });
});
