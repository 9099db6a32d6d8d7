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

    expect(page.attrsByLabel('基础包，必选')).toMatchObject({ ariaRole: 'checkbox', ariaChecked: 'true', ariaDisabled: 'true' });
    expect(page.attrsByLabel('慢病管理包')).toMatchObject({ ariaRole: 'checkbox', ariaChecked: 'false' });
    await page.tapByLabel('慢病管理包');
    expect(page.attrsByLabel('慢病管理包').ariaChecked).toBe('true');
    await page.tapByLabel('慢病管理包');
    expect(page.attrsByLabel('慢病管理包').ariaChecked).toBe('false');
  });

  it('a scope chip in the family request is a checkbox whose checked state changes when tapped, and every input is named', async () => {
    const app = startMiniProgram();
    const page = await app.render('packages/family/pages/request/index');
    await page.waitForText('发送申请');

    expect(page.attrsByLabel('代办的事项').ariaRole).toBe('group');
    expect(page.attrsByLabel('查看健康档案和记录')).toMatchObject({ ariaRole: 'checkbox', ariaChecked: 'true' });
    expect(page.attrsByLabel('管理用药提醒')).toMatchObject({ ariaRole: 'checkbox', ariaChecked: 'false' });
    await page.tapByLabel('管理用药提醒');
    expect(page.attrsByLabel('管理用药提醒').ariaChecked).toBe('true');
    await page.tapByLabel('查看健康档案和记录');
    expect(page.attrsByLabel('查看健康档案和记录').ariaChecked).toBe('false');
    // The relation chips are one choice among several.
    expect(page.attrsByLabel('父母')).toMatchObject({ ariaRole: 'radio', ariaChecked: 'false' });

    const inputs = page.inputLabels();
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.filter((label) => label === '')).toEqual([]);
  });
});
