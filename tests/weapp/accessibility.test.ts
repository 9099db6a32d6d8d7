import { startMiniProgram } from './support/mini-program';
import { SHILONGHU_OFFERS } from '../client/support/contract-factories';

/**
 * The built mini-program gives WeChat's screen reader what the H5 build gives the browser's: the
 * role, name and checked state of choice chips (aria-role / aria-label / aria-checked, which Taro's
 * templates only carry thanks to config/accessibility-plugin.js) and a name on every input.
 */
const TEAM = { id: 'team-cg-shilonghu', name: '呈贡区石龙湖社区家庭医生团队', institution: '呈贡区洛龙街道社区卫生服务中心', phone: '0871-67482316' };

describe('screen-reader attributes in the weapp build', () => {
  it('a package chip in the chooser is a checkbox whose checked state changes when tapped', async () => {
    const app = startMiniProgram({ 'contract.packages': { team: TEAM, packages: SHILONGHU_OFFERS } });
    const page = await app.render('packages/sign/pages/choose/index', { teamId: TEAM.id });
    await page.waitForText('慢病管理包');

    await page.waitForLabelled('基础包，必选', { ariaRole: 'checkbox', ariaChecked: 'true', ariaDisabled: 'true' });
    await page.waitForLabelled('慢病管理包', { ariaRole: 'checkbox', ariaChecked: 'false' });
    await page.tapByLabel('慢病管理包');
    await page.waitForLabelled('慢病管理包', { ariaChecked: 'true' });
    await page.tapByLabel('慢病管理包');
    await page.waitForLabelled('慢病管理包', { ariaChecked: 'false' });
  });

  it('a scope chip in the family request is a checkbox whose checked state changes when tapped, and every input is named', async () => {
    const app = startMiniProgram();
    const page = await app.render('packages/family/pages/request/index');
    await page.waitForText('发送申请');

    await page.waitForLabelled('代办的事项', { ariaRole: 'group' });
    await page.waitForLabelled('查看健康档案和记录', { ariaRole: 'checkbox', ariaChecked: 'true' });
    await page.waitForLabelled('管理用药提醒', { ariaRole: 'checkbox', ariaChecked: 'false' });
    await page.tapByLabel('管理用药提醒');
    await page.waitForLabelled('管理用药提醒', { ariaChecked: 'true' });
    await page.tapByLabel('查看健康档案和记录');
    await page.waitForLabelled('查看健康档案和记录', { ariaChecked: 'false' });
    // The relation chips are one choice among several.
    await page.waitForLabelled('父母', { ariaRole: 'radio', ariaChecked: 'false' });

    const inputs = page.inputLabels();
    expect(inputs).toEqual(['对方姓名', '对方身份证号码']);
  });
});

describe('the tab bar of the weapp build', () => {
  it('is our own custom tab bar, whose tabs say they are tabs, which one is open, and switch when tapped', async () => {
    const app = startMiniProgram();
    const bar = await app.render('custom-tab-bar/index');
    await bar.waitForText('我的');

    await bar.waitForLabelled('主菜单', { ariaRole: 'tablist' });
    await bar.waitForLabelled('地图', { ariaRole: 'tab', ariaSelected: 'true' });
    await bar.waitForLabelled('我的', { ariaRole: 'tab', ariaSelected: 'false' });
    await bar.tapByLabel('我的');
    expect(app.navigations).toEqual([{ api: 'switchTab', url: '/pages/me/index' }]);
    await bar.waitForLabelled('主菜单', { class: 'ui-tokens ui-tab-bar' });
  });

  it('grows with 长辈模式 when WeChat’s font size is set to large', async () => {
    const app = startMiniProgram({}, { fontSizeSetting: 20 });
    const bar = await app.render('custom-tab-bar/index');
    await bar.waitForText('我的');
    await bar.waitForLabelled('主菜单', { ariaRole: 'tablist', class: 'ui-tokens ui-tokens--elder ui-tab-bar' });
  });
});
