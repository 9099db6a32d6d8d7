import Taro from '@tarojs/taro';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { call } from '../../client/src/api/call';
import { setActingAs } from '../../client/src/components';
import { resetActingAsCache } from '../../client/src/components/acting-as-store';
import RegisterPage from '../../client/src/packages/sojourn/pages/register/index';
import GuestsPage from '../../client/src/packages/sojourn/pages/guests/index';
import { renderPage } from './support/render-page';
import { formInputs } from './support/form-inputs';
import { stayOf } from './support/sojourn-factories';
import { addDays, dayOf } from '../../shared/appointment/local-time';

const DEPARTURE = addDays(dayOf(new Date()), 90);

jest.mock('../../client/src/api/call', () => ({ call: jest.fn() }));
const mockedCall = call as jest.MockedFunction<typeof call>;

const stay = stayOf({ status: 'pending_review', statusLabel: '待旅居团队审核', phase: null, can: { extend: false, end: false, summary: false } });

const { type } = formInputs('sj');

beforeEach(() => {
  mockedCall.mockReset();
  window.localStorage.clear();
  resetActingAsCache();
  setActingAs({ residentId: 'rs-chen', name: '陈建国', self: true });
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { teamId: 'team-pe-sojourn-simao', teamName: '普洱思茅区旅居服务家庭医生团队' } } } as never);
  jest.spyOn(Taro, 'showToast').mockImplementation((() => Promise.resolve()) as never);
});
afterEach(() => jest.restoreAllMocks());

describe('the sojourn registration form', () => {
  it('asks a visitor without a home team for the home institution, points at the first missing field and sends nothing', async () => {
    mockedCall.mockResolvedValue({ current: null, home: null, past: [], turnedDown: null } as never);
    renderPage(RegisterPage);
    fireEvent.click(await screen.findByText('提交旅居登记'));
    expect(await screen.findByText('请填写离开日期')).toBeTruthy();
    expect(document.querySelector('.sj-field--departure')?.className).toContain('sj-field--invalid');
    expect(screen.getByText('家乡签约机构')).toBeTruthy();
    expect(mockedCall).not.toHaveBeenCalledWith('sojourn.register', expect.anything(), expect.anything());
  });

  it('sends the stay with the chosen sharing and returns to the me tab', async () => {
    const switchTab = jest.spyOn(Taro, 'switchTab').mockImplementation((() => Promise.resolve()) as never);
    mockedCall.mockImplementation(((name: string) =>
      Promise.resolve(name === 'sojourn.mine' ? { current: null, home: { team: { id: 'team-cg-shilonghu', name: '石龙湖社区家庭医生团队', institution: '', phone: '' }, until: '2027-03-09' }, past: [], turnedDown: null } : stay)) as typeof call);
    renderPage(RegisterPage);
    expect(await screen.findByText('石龙湖社区家庭医生团队（保留）')).toBeTruthy();
    expect(screen.queryByText('家乡签约机构')).toBeNull();
    const picker = document.querySelector('.sj-field--departure')!.children[1];
    fireEvent(picker, new CustomEvent('change', { detail: { value: DEPARTURE }, bubbles: true }));
    expect(await screen.findByLabelText(`离开日期：${DEPARTURE}`)).toBeTruthy();
    await type('address', '思茅区茶马古城旅游小镇B区2栋301');
    await type('emergencyContact-name', '王敏');
    await type('emergencyContact-phone', '13987650002');
    fireEvent.click(screen.getByLabelText('居家测量记录（血压、血糖、体重），未选'));
    expect(screen.getByLabelText('居家测量记录（血压、血糖、体重），已选').getAttribute('aria-checked')).toBe('true');
    fireEvent.click(screen.getByText('提交旅居登记'));
    await waitFor(() => expect(switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' }));
    expect(mockedCall).toHaveBeenCalledWith(
      'sojourn.register',
      expect.objectContaining({ residentId: 'rs-chen', teamId: 'team-pe-sojourn-simao', departure: DEPARTURE, homeInstitution: null, shareScopes: ['conditions', 'readings'], emergencyContact: { name: '王敏', phone: '13987650002' } }),
      expect.objectContaining({ requestId: expect.any(String) }),
    );
  });
});

describe('the sojourn team guest list', () => {
  it('shows each guest with dates and risk, hides what was not shared, and approves a waiting registration', async () => {
    mockedCall.mockImplementation(((name: string) =>
      Promise.resolve(
        name === 'sojourn.guests'
          ? {
              team: stay.team,
              guests: [{ stayId: 'sj-0', residentName: '刘志明', age: 72, arrival: '2026-11-20', departure: '2027-01-10', risk: 'yellow', conditions: '糖尿病', medicines: null, address: '梅子湖旅居公寓', emergencyContact: { name: '刘芳', phone: '13900000000' }, closingNote: null }],
              pending: [stay],
            }
          : { ...stay, status: 'active' },
      )) as typeof call);
    renderPage(GuestsPage);
    expect(await screen.findByText('刘志明，72岁')).toBeTruthy();
    expect(screen.getByText('黄色 · 中风险')).toBeTruthy();
    expect(screen.getByText('未授权查看')).toBeTruthy();
    fireEvent.click(screen.getByText('通过'));
    await waitFor(() =>
      expect(mockedCall).toHaveBeenCalledWith('sojourn.review', { stayId: 'sj-1', decision: 'approve' }, expect.objectContaining({ requestId: expect.any(String) })),
    );
    expect(await screen.findByText('已通过陈建国的旅居登记')).toBeTruthy();
  });
});

describe('the sojourn entry on the map tab', () => {
  it('offers registration with a sojourn team found on the map, and only there', async () => {
    const { GridResult } = await import('../../client/src/pages/map/grid-result');
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockImplementation((() => Promise.resolve()) as never);
    const team = { ...stay.team, serviceHours: '周一至周日 8:00-20:00', sojourn: true };
    const grid = { id: 'pe-chama-01', name: '茶马古城社区第一网格', region: { province: '云南省', city: '普洱市', county: '思茅区', township: '南屏镇', community: '茶马古城社区' }, regionText: '普洱市思茅区南屏镇茶马古城社区', teamId: team.id, center: { lat: 22.77, lng: 100.97 } };
    const result = { inCoverage: true as const, point: grid.center, grid, team, servicePoints: [] };
    const { unmount } = renderPage(() => <GridResult result={result} origin='search' view={null} onSelectGrid={() => undefined} />);
    fireEvent.click(await screen.findByText('来这里旅居：登记旅居'));
    expect(navigateTo).toHaveBeenCalledWith({ url: `/packages/sojourn/pages/register/index?teamId=${team.id}&teamName=${encodeURIComponent(team.name)}` });
    unmount();
    renderPage(() => <GridResult result={{ ...result, team: { ...team, sojourn: false } }} origin='search' view={null} onSelectGrid={() => undefined} />);
    await screen.findByText('查看团队成员和服务点');
    expect(screen.queryByText('来这里旅居：登记旅居')).toBeNull();
  });
});
