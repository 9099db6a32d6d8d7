import { startMiniProgram } from './support/mini-program';

const region = { province: '云南省', city: '昆明市', county: '呈贡区', township: '洛龙街道', community: '石龙湖社区' };
const grid = { id: 'cg-shilonghu-02', name: '石龙湖社区第二网格', region, regionText: '昆明市呈贡区洛龙街道石龙湖社区', teamId: 'team-cg-shilonghu', center: { lat: 24.87, lng: 102.85 } };
const team = { id: 'team-cg-shilonghu', name: '呈贡区石龙湖社区家庭医生团队', institution: '呈贡区洛龙街道社区卫生服务中心', phone: '0871-67482316', serviceHours: '周一至周日 8:00-18:00', sojourn: false };
const located = {
  inCoverage: true,
  point: { lat: 24.8706, lng: 102.8503 },
  grid,
  team,
  servicePoints: [{ id: 'f1', kind: 'fixed', name: '石龙湖社区卫生服务站', address: '石龙路 15 号', location: { lat: 24.8712, lng: 102.8506 }, hours: '周一至周五', distanceM: 70 }],
};
const view = {
  grids: [
    {
      id: grid.id,
      name: grid.name,
      teamId: team.id,
      teamName: team.name,
      geometry: { type: 'Polygon', coordinates: [[[102.846, 24.866], [102.854, 24.866], [102.854, 24.874], [102.846, 24.874], [102.846, 24.866]]] },
      center: grid.center,
    },
  ],
  points: [{ id: 'f1', teamId: team.id, teamName: team.name, kind: 'fixed', name: '石龙湖社区卫生服务站', location: { lat: 24.8712, lng: 102.8506 } }],
  truncated: false,
};

type LocationCallbacks = { type?: string; success?: (r: unknown) => void; fail?: (e: unknown) => void; complete?: () => void };
const wx = () => (globalThis as Record<string, any>).wx;

describe('the map tab, built for WeChat', () => {
  it('asks WeChat for a gcj02 position on opening and shows the grid and its team on the native map', async () => {
    const app = startMiniProgram({ 'grid.locate': located, 'grid.map': view });
    const asked: string[] = [];
    wx().getLocation = (o: LocationCallbacks) => {
      asked.push(String(o.type));
      o.success?.({ latitude: 24.8706, longitude: 102.8503, errMsg: 'getLocation:ok' });
      o.complete?.();
    };
    const page = await app.render('pages/map/index');

    await page.waitForText('您所在的网格');
    await page.waitForText('石龙湖社区第二网格');
    await page.waitForText('呈贡区石龙湖社区家庭医生团队');
    await page.waitForText('距您约 70 米');
    expect(asked).toEqual(['gcj02']);
    expect(app.calls.find((c) => c.action === 'locate')).toEqual({ name: 'grid', action: 'locate', input: { lat: 24.8706, lng: 102.8503, coord: 'gcj02' } });

    await page.tap('查看团队成员和服务点');
    expect(app.navigations).toContainEqual({ api: 'navigateTo', url: '/packages/team/pages/card/index?teamId=team-cg-shilonghu' });
  });

  it('says so when location is refused, and offers the search box and the settings', async () => {
    const app = startMiniProgram({});
    wx().getLocation = (o: LocationCallbacks) => {
      o.fail?.({ errMsg: 'getLocation:fail auth deny' });
      o.complete?.();
    };
    const page = await app.render('pages/map/index');

    await page.waitForText('没有获得您的位置');
    expect(page.text()).toContain('去设置里开启位置权限');
    expect(page.text()).toContain('输入小区、村、街道或区县名称查找');
    expect(app.calls.filter((c) => c.name === 'grid')).toEqual([]);
  });
});

describe('the team card, built for WeChat', () => {
  it('shows the members and leads to signing with the team', async () => {
    const card = {
      ...team,
      regionText: '云南省昆明市呈贡区',
      intro: '负责石龙湖社区三个网格。',
      members: [{ name: '张毅', role: '全科医生', title: '主治医师', leader: true }],
      fixedPoints: [{ id: 'f1', name: '石龙湖社区卫生服务站', address: '石龙路 15 号', location: { lat: 24.8712, lng: 102.8506 }, hours: '周一至周五' }],
      mobilePoints: [],
      grids: [{ id: grid.id, name: grid.name, community: '石龙湖社区' }],
      wellnessServices: [],
      signing: { reviewDays: 2, station: { name: '石龙湖社区卫生服务站', address: '石龙路 15 号', hours: '周一至周五' }, bring: ['本人身份证'] },
    };
    const app = startMiniProgram({ 'grid.team': card });
    const page = await app.render('packages/team/pages/card/index', { teamId: 'team-cg-shilonghu' });

    await page.waitForText('张毅');
    expect(page.text()).toContain('团队长');
    expect(page.text()).toContain('拨打电话 0871-67482316');
    expect(page.text()).toContain('申请后，团队一般在 2 个工作日内审核。');
    // The card also asks for the team's ratings; the team itself comes from grid.team.
    expect(app.calls).toContainEqual({ name: 'grid', action: 'team', input: { teamId: 'team-cg-shilonghu' } });
    await page.tap('与该团队签约');
    expect(app.navigations).toContainEqual({ api: 'navigateTo', url: '/packages/sign/pages/choose/index?teamId=team-cg-shilonghu' });
  });
});
