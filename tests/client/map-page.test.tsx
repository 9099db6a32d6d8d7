import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { LocateResult, SearchResult, TeamCard } from '../../shared/api/grid';
import { call } from '../../client/src/api/call';
import MapPage from '../../client/src/pages/map/index';
import TeamCardPage from '../../client/src/packages/team/pages/card/index';
import { renderPage } from './support/render-page';
import { answer, mockedCall } from './support/mocked-call';

jest.mock('../../client/src/api/call', () => ({ call: jest.fn() }));

const region = { province: '云南省', city: '昆明市', county: '呈贡区', township: '洛龙街道', community: '石龙湖社区' };
const grid = { id: 'cg-shilonghu-02', name: '石龙湖社区第二网格', region, regionText: '昆明市呈贡区洛龙街道石龙湖社区', teamId: 'team-cg-shilonghu', center: { lat: 24.87, lng: 102.85 } };
const team = { id: 'team-cg-shilonghu', name: '呈贡区石龙湖社区家庭医生团队', institution: '呈贡区洛龙街道社区卫生服务中心', phone: '0871-67482316', serviceHours: '周一至周日 8:00-18:00', sojourn: false };
const found: SearchResult = { grid, teamName: team.name, match: 'exact', matchedName: '石龙湖社区', matchedAs: 'community' };
const located: LocateResult = {
  inCoverage: true,
  point: grid.center,
  grid,
  team,
  servicePoints: [
    { id: 'f1', kind: 'fixed', name: '石龙湖社区卫生服务站', address: '石龙路 15 号', location: { lat: 24.8712, lng: 102.8506 }, hours: '周一至周五', distanceM: 90 },
    { id: 'm1', kind: 'mobile', name: '石龙村流动服务点', address: '石龙村', location: { lat: 24.878, lng: 102.849 }, hours: '每月第2、4周周四上午', distanceM: 1240 },
  ],
};

/** Types into a Taro Input as the H5 component reports it: an `input` event carrying `detail.value`. */
function typeInto(container: HTMLElement, selector: string, value: string) {
  const input = container.querySelector(selector);
  if (!input) throw new Error(`no ${selector}`);
  act(() => {
    input.dispatchEvent(Object.assign(new Event('input', { bubbles: true }), { detail: { value } }));
  });
}

beforeEach(() => {
  mockedCall.mockReset();
  window.localStorage.clear();
});

describe('the map tab', () => {
  it('offers the search box when the location is unavailable, and shows the chosen grid, its team and points', async () => {
    const geometry = { type: 'Polygon' as const, coordinates: [[[102.846, 24.866], [102.854, 24.866], [102.854, 24.874], [102.846, 24.874], [102.846, 24.866]] as Array<[number, number]>] };
    const view = {
      grids: [{ id: grid.id, name: grid.name, teamId: team.id, teamName: team.name, geometry, center: grid.center }],
      points: [{ id: 'f1', teamId: team.id, teamName: team.name, kind: 'fixed' as const, name: '石龙湖社区卫生服务站', location: { lat: 24.8712, lng: 102.8506 } }],
      truncated: false,
    };
    answer({ 'grid.search': { q: '石龙湖', results: [found] }, 'grid.locate': located, 'grid.map': view });
    const makePhoneCall = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' });
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockImplementation((() => Promise.resolve()) as never);
    const { container } = renderPage(MapPage);

    expect(await screen.findByText(/暂时没能确定您的位置/)).toBeTruthy();
    typeInto(container, '.map-search__input', '石龙湖');
    fireEvent.click(screen.getByText('查找'));
    expect(await screen.findByText('找到 1 个网格，请选择您住的地方')).toBeTruthy();
    expect(mockedCall).toHaveBeenCalledWith('grid.search', { q: '石龙湖' });

    // Found by its 社区: the line leads with the grid's own name.
    fireEvent.click(screen.getByText('石龙湖社区第二网格', { selector: '.map-result__name' }));
    expect(await screen.findByText('石龙湖社区第二网格', { selector: '.map-grid__name' })).toBeTruthy();
    expect(mockedCall).toHaveBeenCalledWith('grid.locate', { lat: 24.87, lng: 102.85, coord: 'gcj02' });
    expect(screen.getByText('呈贡区石龙湖社区家庭医生团队')).toBeTruthy();
    expect(screen.getByText('距网格中心约 1.2 公里')).toBeTruthy();
    // The map picture: the chosen grid filled, the service point marked.
    await waitFor(() => expect(container.querySelector('.grid-map__grid--mine[data-grid-id="cg-shilonghu-02"]')).not.toBeNull());
    expect(container.querySelectorAll('.grid-map__point--fixed')).toHaveLength(1);
    expect(screen.getAllByText('流动服务点').length).toBeGreaterThan(0);

    // In the browser the call is a tel: link, in the bar that stays at the bottom of the screen.
    const dial = screen.getByText('拨打电话 0871-67482316');
    expect(dial.closest('a')?.getAttribute('href')).toBe('tel:087167482316');
    expect(dial.closest('.ui-action-bar')).not.toBeNull();
    expect(makePhoneCall).not.toHaveBeenCalled();
    fireEvent.click(screen.getByText('查看团队成员和服务点'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/team/pages/card/index?teamId=team-cg-shilonghu' });
    makePhoneCall.mockRestore();
    navigateTo.mockRestore();
  });

  it('asks for a name instead of searching for nothing', async () => {
    answer({});
    renderPage(MapPage);
    await screen.findByText(/暂时没能确定您的位置/);
    fireEvent.click(screen.getByText('查找'));
    expect(await screen.findByText('请输入要查找的小区、村或街道名称')).toBeTruthy();
    expect(mockedCall).not.toHaveBeenCalledWith('grid.search', expect.anything());
  });

  it('clears the old results when the box is searched blank or emptied, and ignores a search overtaken by it', async () => {
    answer({ 'grid.search': { q: '石龙湖', results: [found] } });
    const { container } = renderPage(MapPage);
    await screen.findByText(/暂时没能确定您的位置/);
    typeInto(container, '.map-search__input', '石龙湖');
    fireEvent.click(screen.getByText('查找'));
    expect(await screen.findByText('找到 1 个网格，请选择您住的地方')).toBeTruthy();

    typeInto(container, '.map-search__input', '   ');
    fireEvent.click(screen.getByText('查找'));
    expect(await screen.findByText('请输入要查找的小区、村或街道名称')).toBeTruthy();
    expect(screen.queryByText(/找到 1 个网格/)).toBeNull();

    typeInto(container, '.map-search__input', '石龙湖');
    fireEvent.click(screen.getByText('查找'));
    expect(await screen.findByText('找到 1 个网格，请选择您住的地方')).toBeTruthy();
    typeInto(container, '.map-search__input', '');
    await waitFor(() => expect(screen.queryByText(/找到 1 个网格/)).toBeNull());

    // Emptied while a search is on its way: its answer arrives to an empty box and is dropped.
    let reply: (v: unknown) => void = () => undefined;
    mockedCall.mockImplementation((() => new Promise<unknown>((r) => (reply = r))) as unknown as typeof call);
    typeInto(container, '.map-search__input', '石龙湖');
    fireEvent.click(screen.getByText('查找'));
    typeInto(container, '.map-search__input', '');
    await act(async () => reply({ q: '石龙湖', results: [found] }));
    expect(screen.queryByText(/找到 1 个网格/)).toBeNull();
  });

  it('leads each line with what tells it apart: the 小区 found, or the grid when a whole district matched', async () => {
    const county = { ...found, matchedName: '呈贡区', matchedAs: 'county' as const };
    const place = { ...found, grid: { ...grid, id: 'cg-shilonghu-01', name: '石龙湖社区第一网格' }, matchedName: '石龙湖小区', matchedAs: 'place' as const };
    answer({ 'grid.search': { q: '呈贡', results: [place, county] } });
    const { container } = renderPage(MapPage);
    await screen.findByText(/暂时没能确定您的位置/);
    typeInto(container, '.map-search__input', '呈贡');
    fireEvent.click(screen.getByText('查找'));
    await screen.findByText('找到 2 个网格，请选择您住的地方');
    const titles = Array.from(container.querySelectorAll('.map-result__name')).map((n) => n.textContent);
    expect(titles).toEqual(['石龙湖小区', '石龙湖社区第二网格']);
    expect(screen.getByText('石龙湖社区第一网格 · 昆明市呈贡区洛龙街道石龙湖社区')).toBeTruthy();
  });

  it('locates in one step from the browser position and lists the nearest teams outside every grid', async () => {
    const getCurrentPosition = jest.fn((ok: PositionCallback) => ok({ coords: { latitude: 45.75, longitude: 126.63 } } as GeolocationPosition));
    Object.defineProperty(navigator, 'geolocation', { value: { getCurrentPosition }, configurable: true });
    answer({
      'grid.locate': {
        inCoverage: false,
        point: { lat: 45.75, lng: 126.64 },
        message: '您所在的位置还没有划入家庭医生服务网格。',
        nearestTeams: [{ team, distanceM: 2_650_000, nearestPoint: located.servicePoints[0] }],
      },
    });
    renderPage(MapPage);
    expect(await screen.findByText('您所在的位置还没有划入服务网格')).toBeTruthy();
    expect(mockedCall).toHaveBeenCalledWith('grid.locate', { lat: 45.75, lng: 126.63, coord: 'wgs84' });
    expect(screen.getByText('最近的服务点：石龙湖社区卫生服务站，约 2650 公里')).toBeTruthy();
    Object.defineProperty(navigator, 'geolocation', { value: undefined, configurable: true });
  });
});

describe('the team card', () => {
  const card: TeamCard = {
    ...team,
    regionText: '云南省怒江傈僳族自治州福贡县',
    intro: '山高路远，团队按固定日子到各村。',
    members: [
      { name: '余建新', role: '全科医生', title: '主治医师', leader: true },
      { name: '李四妹', role: '乡村医生', title: '老姆登村卫生室', leader: false },
    ],
    fixedPoints: [],
    mobilePoints: [
      {
        id: 'm1',
        name: '知子罗村流动服务点',
        address: '知子罗村',
        location: { lat: 26.54, lng: 98.86 },
        schedule: { weeksOfMonth: [1, 3], weekday: 3, period: 'am' },
        scheduleText: '每月第1、3周周三上午',
        nextDates: [{ date: '2026-12-02', weekday: 3, period: 'am', text: '12月2日 周三上午' }],
      },
    ],
    grids: [{ id: 'nj-zhiziluo', name: '知子罗村', community: '知子罗村' }],
    wellnessServices: [],
    signing: { reviewDays: 5, station: { name: '匹河怒族乡卫生院', address: '匹河村街子上', hours: '周一至周日 8:00-18:00' }, bring: ['本人身份证或户口簿'] },
  };

  it('shows members with roles, the mobile point schedule and its next date, and leads to signing', async () => {
    jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { teamId: 'team-nj-pihe-1' } } } as never);
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockImplementation((() => Promise.resolve()) as never);
    const offer = (code: string, required: boolean, feeYuan: number) => ({ code, required, feeYuan, insuranceYuan: 0, selfPayYuan: feeYuan });
    answer({
      'grid.team': { ...card, id: 'team-nj-pihe-1' },
      'contract.packages': { team, packages: [offer('basic', true, 0), offer('chronic', false, 120), offer('tcm', false, 60)] },
    });
    renderPage(TeamCardPage);
    expect(await screen.findByText('余建新')).toBeTruthy();
    expect(mockedCall).toHaveBeenCalledWith('grid.team', { teamId: 'team-nj-pihe-1' });
    expect(screen.getByText('团队长')).toBeTruthy();
    expect(screen.getByText('乡村医生')).toBeTruthy();
    expect(screen.getByText('时间：每月第1、3周周三上午')).toBeTruthy();
    expect(screen.getByText('12月2日 周三上午')).toBeTruthy();
    // Signing stays in reach at the bottom of the screen, with what it costs a year.
    const sign = screen.getByText('与该团队签约');
    expect(sign.closest('.ui-action-bar')).not.toBeNull();
    expect(await screen.findByText('每年个人自付 0元起，可加选服务包（每项 60–120元）')).toBeTruthy();
    fireEvent.click(sign);
    await waitFor(() => expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/sign/pages/choose/index?teamId=team-nj-pihe-1' }));
    jest.restoreAllMocks();
  });
});
