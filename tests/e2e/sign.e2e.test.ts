import { searchMap, startAppForFile, visible } from './harness';
import { withCheckChar } from '../../shared/resident/id-number';

const app = startAppForFile();

const MOTHER = 'o-resident-ligl';
const STAFF = 'o-staff-zhangyi';
const SIGN = '/packages/sign/pages';

describe('signing with the 石龙湖 team in the H5 build', () => {
  it('signs basic + 慢病管理包, the team approves, and she sees the contract and rereads the agreement', async () => {
    await app.callAs(MOTHER, 'resident', 'createProfile', {
      subject: 'self',
      name: '李桂兰',
      gender: 'female',
      birthDate: '1946-03-08',
      idNumber: withCheckChar('53011419460308002'),
      phone: '13987650001',
      address: '昆明市呈贡区洛龙街道石龙湖社区3栋',
      gridId: 'cg-shilonghu-01',
      conditions: ['hypertension'],
      livesAlone: true,
    });

    // She finds her community's team on the map by name, and opens its card.
    const resident = await app.pageAs(MOTHER);
    await resident.goto(`${app.url}/pages/map/index`);
    await searchMap(resident, '石龙湖');
    await resident.locator('.map-result').locator('visible=true').first().click();
    await visible(resident, '呈贡区石龙湖社区家庭医生团队').waitFor();
    await visible(resident, '查看团队成员和服务点').click();
    await resident.waitForURL(/\/packages\/team\/pages\/card\/index\?teamId=team-cg-shilonghu/);
    // Signing stays in reach at the bottom of the long card, with what it costs a year.
    await resident.locator('.ui-action-bar', { hasText: '每年个人自付 0元起' }).locator('visible=true').waitFor();
    await visible(resident, '签约须知').waitFor();
    await app.screenshot(resident, 'team-card-action-bar');
    await visible(resident, '与该团队签约').click();

    await resident.waitForURL(new RegExp(`${SIGN}/choose/index\\?teamId=team-cg-shilonghu`));
    await visible(resident, '慢病管理包').waitFor();
    await visible(resident, '符合条件：已登记：高血压').waitFor();
    await visible(resident, '仅适用于孕产妇和0-6岁儿童').waitFor();
    await app.screenshot(resident, 'sign-choose');
    await resident.locator('.sign-package__head', { hasText: '慢病管理包' }).locator('visible=true').click();
    await visible(resident, '每年个人自付：140元').waitFor();
    await visible(resident, '下一步：阅读签约协议').click();

    await resident.waitForURL(/confirm\/index/);
    await visible(resident, '签约要点').waitFor();
    await visible(resident, '基础包、慢病管理包').waitFor();
    await visible(resident, '一、协议双方').waitFor();
    await app.screenshot(resident, 'sign-agreement-preview');
    await visible(resident, '同意并签约').click();
    await visible(resident, '请先勾选“我已阅读并同意本协议”').waitFor();
    await visible(resident, '我已阅读并同意本协议').click();
    await visible(resident, '同意并签约').click();
    await visible(resident, '允许').click();
    await resident.waitForURL(/contract\/index/);
    await visible(resident, '等待团队审核').waitFor();
    // What happens next, from the team's own data; and whose application this is.
    await visible(resident, '1. 团队审核（一般 2 个工作日内）').waitFor();
    await visible(resident, /在石龙湖社区卫生服务站缴纳每年个人自付的 140 元/).waitFor();
    await visible(resident, '• 正在吃的降压药、降糖药或药盒').waitFor();
    await resident.locator('.acting-as').locator('visible=true').waitFor();
    await app.screenshot(resident, 'sign-submitted');

    const staff = await app.pageAs(STAFF);
    await staff.goto(`${app.url}/pages/me/index`);
    await visible(staff, '签约审核（待审核 1 份）').click();
    await visible(staff, /李\*兰，女，\d+岁/).waitFor();
    await app.screenshot(staff, 'sign-review-queue');
    await visible(staff, '通过').click();
    await visible(staff, '确认通过').click();
    await visible(staff, /已通过李\*兰的新签约申请/).waitFor();

    await resident.goto(`${app.url}/pages/me/index`);
    await visible(resident, '家庭医生签约申请已通过').waitFor();
    await visible(resident, '已签约，生效中').waitFor();
    await app.screenshot(resident, 'sign-me-active');
    await visible(resident, '已签约，生效中').click();
    await visible(resident, '协议生效').waitFor();
    await app.screenshot(resident, 'sign-contract-active');
    await visible(resident, '查看签约协议原文').click();
    await visible(resident, '与签署时的原文一致，未被改动').waitFor();
    await visible(resident, /慢病管理包（个性化服务包，200元\/年）/).waitFor();
    await app.screenshot(resident, 'sign-agreement-reread');

    const outbox = await (await fetch(`${app.url}/__dev/outbox?touser=${MOTHER}`)).json();
    expect(outbox.list).toEqual([expect.objectContaining({ data: expect.objectContaining({ phrase2: { value: '已通过' } }) })]);
  });
});
