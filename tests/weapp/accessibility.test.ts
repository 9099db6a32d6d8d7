import { startMiniProgram, type MiniProgram, type RenderedPage } from './support/mini-program';
import { SHILONGHU_OFFERS, SHILONGHU_TEAM as TEAM } from '../client/support/contract-factories';

/**
 * The built mini-program gives WeChat's screen reader what the H5 build gives the browser's: the
 * role, name and checked state of choice chips (aria-role / aria-label / aria-checked, which Taro's
 * templates only carry thanks to config/accessibility-plugin.js) and a name on every input.
 */

/** Renders `route` in the built mini-program and waits until `ready` is on screen. */
async function opened(app: MiniProgram, route: string, ready: string, params?: Record<string, string>): Promise<RenderedPage> {
  const page = await app.render(route, params);
  await page.waitForText(ready);
  return page;
}

/** Taps the chip labelled `label` and waits until it tells the screen reader it is checked, or not. */
async function tapChip(page: RenderedPage, label: string, checked: 'true' | 'false'): Promise<void> {
  await page.tapByLabel(label);
  await page.waitForLabelled(label, { ariaChecked: checked });
}

describe('screen-reader attributes in the weapp build', () => {
  it('a package chip in the chooser is a checkbox whose checked state changes when tapped', async () => {
    const app = startMiniProgram({ 'contract.packages': { team: TEAM, packages: SHILONGHU_OFFERS } });
    const page = await opened(app, 'packages/sign/pages/choose/index', '慢病管理包', { teamId: TEAM.id });

    await page.waitForLabelled('基础包，必选', { ariaRole: 'checkbox', ariaChecked: 'true', ariaDisabled: 'true' });
    await page.waitForLabelled('慢病管理包', { ariaRole: 'checkbox', ariaChecked: 'false' });
    await tapChip(page, '慢病管理包', 'true');
    await tapChip(page, '慢病管理包', 'false');
  });

  it('a scope chip in the family request is a checkbox whose checked state changes when tapped, and every input is named', async () => {
    const app = startMiniProgram();
    const page = await opened(app, 'packages/family/pages/request/index', '发送申请');

    await page.waitForLabelled('代办的事项', { ariaRole: 'group' });
    await page.waitForLabelled('查看健康档案和记录', { ariaRole: 'checkbox', ariaChecked: 'true' });
    await page.waitForLabelled('管理用药提醒', { ariaRole: 'checkbox', ariaChecked: 'false' });
    await tapChip(page, '管理用药提醒', 'true');
    await tapChip(page, '查看健康档案和记录', 'false');
    // The relation chips are one choice among several.
    await page.waitForLabelled('父母', { ariaRole: 'radio', ariaChecked: 'false' });

    const inputs = page.inputLabels();
    expect(inputs).toEqual(['对方姓名', '对方身份证号码']);
  });
});

describe('the tab bar of the weapp build', () => {
  it('is our own custom tab bar, whose tabs say they are tabs, which one is open, and switch when tapped', async () => {
    const app = startMiniProgram();
    const bar = await opened(app, 'custom-tab-bar/index', '我的');

    await bar.waitForLabelled('主菜单', { ariaRole: 'tablist' });
    await bar.waitForLabelled('地图', { ariaRole: 'tab', ariaSelected: 'true' });
    await bar.waitForLabelled('我的', { ariaRole: 'tab', ariaSelected: 'false' });
    await bar.tapByLabel('我的');
    expect(app.navigations).toEqual([{ api: 'switchTab', url: '/pages/me/index' }]);
    await bar.waitForLabelled('主菜单', { class: 'ui-tokens ui-tab-bar' });
  });

  it('grows with 长辈模式 when WeChat’s font size is set to large', async () => {
    const app = startMiniProgram({}, { fontSizeSetting: 20 });
    const bar = await opened(app, 'custom-tab-bar/index', '我的');
    await bar.waitForLabelled('主菜单', { ariaRole: 'tablist', class: 'ui-tokens ui-tokens--elder ui-tab-bar' });
  });
});
