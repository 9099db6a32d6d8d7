import { allRoutes, readAppJson, startMiniProgram, type Reply } from './support/mini-program';

/**
 * What each page must show when it opens. Pages that need an id in their query show their title and
 * the request to choose one. A page added to app.config.ts needs a line here.
 */
const KEY_TEXT: Record<string, string> = {
  'pages/map/index': '家庭医生地图',
  'pages/me/index': '李桂兰',
  'packages/privacy/pages/guide/index': '云岭家医隐私保护指引',
  'packages/team/pages/card/index': '请从地图页选择一个家庭医生团队',
  'packages/family/pages/index/index': '家人与代管',
  'packages/family/pages/profile-form/index': '建立我的健康档案',
  'packages/family/pages/request/index': '申请代管',
  'packages/family/pages/profile/index': '健康档案',
  'packages/family/pages/audit/index': '访问记录',
  'packages/family/pages/staff-consents/index': '核实代管授权',
  'packages/family/pages/identity/index': '核验本人身份',
  'packages/family/pages/staff-identity/index': '当面核验身份',
  'packages/sign/pages/index/index': '我的签约',
  'packages/sign/pages/choose/index': '选择服务包',
  'packages/sign/pages/confirm/index': '签约协议',
  'packages/sign/pages/contract/index': '签约详情',
  'packages/sign/pages/agreement/index': '协议原文',
  'packages/sign/pages/review/index': '签约审核',
  'packages/appointments/pages/index/index': '预约服务',
  'packages/appointments/pages/staff/index': '号源与预约',
  'packages/family/pages/profile-edit/index': '修改健康档案',
  'packages/family/pages/consent/index': '代办申请',
  'packages/messages/pages/index/index': '消息',
  'packages/reminders/pages/index/index': '用药提醒',
  'packages/reminders/pages/plan/index': '添加用药提醒',
  'packages/reminders/pages/prescriptions/index': '膳食与运动处方',
  'packages/sojourn/pages/register/index': '旅居登记',
  'packages/sojourn/pages/guests/index': '旅居人员',
  'packages/sojourn/pages/summary/index': '旅居健康小结',
  'packages/health/pages/index/index': '血压血糖',
  'packages/health/pages/record/index': '记录测量',
  'packages/health/pages/triage/index': '需要随访的居民',
};

const account = {
  openid: 'o-resident-test',
  nickname: '李桂兰',
  roles: ['resident'],
  staff: null,
  elderMode: false,
  createdAt: '2025-03-01T16:30:00.000Z',
};
const REPLIES: Record<string, Reply> = { 'resident.me': account };

describe('every page of the weapp build', () => {
  const routes = allRoutes(readAppJson());

  it('has a key text for every page in app.json', () => {
    expect(routes.filter((r) => !(r in KEY_TEXT))).toEqual([]);
  });

  it.each(routes)('%s renders its key text', async (route) => {
    const app = startMiniProgram(REPLIES);
    const page = await app.render(route);
    await page.waitForText(KEY_TEXT[route] ?? '(no key text listed)');
  });
});

describe('the me tab, built', () => {
  it('shows the account resident.me returns, fetched through wx.cloud.callFunction', async () => {
    const app = startMiniProgram(REPLIES);
    const page = await app.render('pages/me/index');

    await page.waitForText('李桂兰');
    expect(page.text()).toContain('居民');
    expect(page.text()).toContain('2025年3月2日');
    expect(page.text()).not.toContain('切换身份'); // the local identity switcher is browser-only
    expect(app.calls[0]).toEqual({ name: 'resident', action: 'me', input: {} });
  });

  it('shows a team member with the team', async () => {
    const staff = { ...account, nickname: '张医生', roles: ['staff'], staff: { teamId: 'team-xishan-01', teamName: '西山区棕树营社区家庭医生团队', name: '张明', role: '全科医生', teamPermissions: [] } };
    const app = startMiniProgram({ 'resident.me': staff });
    const page = await app.render('pages/me/index');

    await page.waitForText('家庭医生团队成员');
    expect(page.text()).toContain('西山区棕树营社区家庭医生团队');
  });

  it('saves elder mode with a request id when the switch is tapped', async () => {
    const app = startMiniProgram({ ...REPLIES, 'resident.setElderMode': { ...account, elderMode: true } });
    const page = await app.render('pages/me/index');
    await page.waitForText('已关闭');

    await page.tap('长辈模式');

    await page.waitForText('已开启');
    expect(app.calls.find((c) => c.action === 'setElderMode')).toEqual({
      name: 'resident',
      action: 'setElderMode',
      input: { enabled: true },
      requestId: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
  });

  it('links to the privacy guide', async () => {
    const app = startMiniProgram(REPLIES);
    const page = await app.render('pages/me/index');
    await page.waitForText('隐私保护指引');

    await page.tap('隐私保护指引');

    expect(app.navigations).toContainEqual({ api: 'navigateTo', url: '/packages/privacy/pages/guide/index' });
  });
});
