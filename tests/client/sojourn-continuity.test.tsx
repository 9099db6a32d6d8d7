import Taro from '@tarojs/taro';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { StaySummary } from '../../shared/api/sojourn';
import type { Notice } from '../../shared/api/contract';
import { call } from '../../client/src/api/call';
import { setActingAs } from '../../client/src/components';
import { resetActingAsCache } from '../../client/src/components/acting-as-store';
import { noticeTarget } from '../../client/src/lib/notices';
import MePage from '../../client/src/pages/me/index';
import RegisterPage from '../../client/src/packages/sojourn/pages/register/index';
import GuestsPage from '../../client/src/packages/sojourn/pages/guests/index';
import SummaryPage from '../../client/src/packages/sojourn/pages/summary/index';
import TeamCardPage from '../../client/src/packages/team/pages/card/index';
import { staffAccount } from './support/factories';
import { renderPage } from './support/render-page';
import { answer, mockedCall } from './support/mocked-call';
import { SIMAO_TEAM as TEAM, stayOf } from './support/sojourn-factories';

jest.mock('../../client/src/api/call', () => ({ call: jest.fn() }));

const stay = stayOf();
const card = {
  ...TEAM, serviceHours: '周一至周日 8:00-20:00', sojourn: true, regionText: '云南省普洱市思茅区', intro: '', members: [], fixedPoints: [], mobilePoints: [], grids: [],
  signing: { reviewDays: 3, station: null, bring: ['本人身份证'] },
  wellnessServices: [
    { kind: 'therapy', name: '针灸', feeYuan: 45, unit: '次', note: '' },
    { kind: 'wellness', name: '旅居健康评估（血压、血糖、心电图）', feeYuan: 0, unit: '次', note: '登记通过后首次免费' },
  ],
};

const opened = (params: Record<string, string>) =>
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params } } as never);

beforeEach(() => {
  mockedCall.mockReset();
  window.localStorage.clear();
  resetActingAsCache();
  setActingAs({ residentId: 'rs-chen', name: '陈建国', self: true });
  jest.spyOn(Taro, 'showToast').mockImplementation((() => Promise.resolve()) as never);
});
afterEach(() => jest.restoreAllMocks());

describe('notices about a stay', () => {
  const notice = (kind: Notice['kind']): Notice => ({ id: 'n1', residentId: 'rs-chen', contractId: 'sj-1', guardianshipId: null, kind, title: '', body: '', createdAt: '2026-12-01T00:00:00.000Z', read: false });

  it('open the summary once the stay is over, and the registration page otherwise, never the contract page', () => {
    expect(noticeTarget(notice('stay_over'), '/pages/me/index')).toBe('/packages/sojourn/pages/summary/index?stayId=sj-1');
    expect(noticeTarget(notice('stay_approved'), '/pages/me/index')).toBe('/packages/sojourn/pages/register/index?residentId=rs-chen');
    expect(noticeTarget(notice('stay_rejected'), '/pages/me/index')).toBe('/packages/sojourn/pages/register/index?residentId=rs-chen');
  });
});

describe("a sojourn team's card", () => {
  it('lists its 康养 and 理疗 services with fees in 元 beside the team', async () => {
    opened({ teamId: TEAM.id });
    answer({ 'grid.team': card, 'appointment.teamRatings': { count: 0, average: null, satisfiedRate: null } });
    renderPage(TeamCardPage);
    expect(await screen.findByText('康养和理疗服务（自费）')).toBeTruthy();
    expect(screen.getByText('理疗 · 针灸')).toBeTruthy();
    expect(screen.getByText('45元/次')).toBeTruthy();
    expect(screen.getByText('免费，登记通过后首次免费')).toBeTruthy();
  });
});

describe('the sojourn registration page opened from a notice', () => {
  it('shows the stay under way with the team and its 康养 and 理疗 services with fees in 元', async () => {
    opened({ residentId: 'rs-chen' });
    answer({ 'sojourn.mine': { current: stay, home: null, past: [], turnedDown: null }, 'grid.team': card });
    renderPage(RegisterPage);
    expect(await screen.findByText('我的旅居登记')).toBeTruthy();
    expect(screen.getByText('旅居中')).toBeTruthy();
    expect(await screen.findByText('45元/次')).toBeTruthy();
    expect(screen.getByText('免费')).toBeTruthy();
    expect(screen.getByText('康养')).toBeTruthy();
    expect(screen.queryByText('提交旅居登记')).toBeNull();
    expect(mockedCall).toHaveBeenCalledWith('grid.team', { teamId: TEAM.id });
  });

  it('shows why the last registration was turned down and registers again with that team', async () => {
    opened({ residentId: 'rs-chen' });
    const turnedDown = { ...stay, status: 'rejected' as const, statusLabel: '未通过审核', phase: null, reviewReason: '住址不在服务范围' };
    answer({ 'sojourn.mine': { current: null, home: null, past: [], turnedDown }, 'grid.team': card });
    renderPage(RegisterPage);
    expect(await screen.findByText('住址不在服务范围')).toBeTruthy();
    fireEvent.click(screen.getByText('提交旅居登记'));
    expect(await screen.findByText('请填写离开日期')).toBeTruthy();
    expect(mockedCall).toHaveBeenCalledWith('grid.team', { teamId: TEAM.id });
  });
});

describe('the guest list', () => {
  it('shows the closing note as saved and saves a change to it', async () => {
    opened({});
    const saved = { text: '血压平稳，继续原方案', by: '杨丽（普洱思茅区旅居服务家庭医生团队）', at: '2026-12-20T02:00:00.000Z' };
    const guest = { stayId: 'sj-1', residentName: '陈建国', age: 68, arrival: '2026-12-01', departure: '2027-02-28', risk: null, conditions: null, medicines: null, address: '茶马古城', emergencyContact: { name: '陈晓燕', phone: '13904510002' }, closingNote: saved };
    mockedCall.mockImplementation(((name: string, input: { text?: string }) =>
      Promise.resolve(name === 'sojourn.guests' ? { team: TEAM, guests: [guest], pending: [] } : { ...stay, closingNote: { ...saved, text: input.text } })) as typeof call);
    renderPage(GuestsPage);
    expect(await screen.findByText('已保存的旅居小结')).toBeTruthy();
    expect(screen.getAllByText('血压平稳，继续原方案').length).toBeGreaterThan(0);
    expect(screen.getByText('已保存小结')).toBeTruthy();
    const box = await waitFor(() => {
      const found = document.querySelector('.sj-field--text input');
      if (!found) throw new Error('no closing note box');
      return found;
    });
    fireEvent.input(box, { target: { value: '血压平稳，晚间用药改到8点' }, detail: { value: '血压平稳，晚间用药改到8点' } });
    fireEvent.click(await screen.findByText('保存修改'));
    await waitFor(() => expect(mockedCall).toHaveBeenCalledWith('sojourn.closingNote', { stayId: 'sj-1', text: '血压平稳，晚间用药改到8点' }, expect.objectContaining({ requestId: expect.any(String) })));
    expect(await screen.findByText('已保存小结')).toBeTruthy();
  });

  it('is offered on the me tab to staff of a sojourn team only', async () => {
    answer({ 'resident.me': staffAccount() });
    const { unmount } = renderPage(MePage);
    expect(await screen.findByText('家庭医生团队成员')).toBeTruthy();
    expect(screen.queryByText('旅居人员名单')).toBeNull();
    unmount();
    const sojournStaff = staffAccount({ staff: { teamId: TEAM.id, teamName: TEAM.name, name: '杨丽', role: '护士', teamPermissions: ['readings.triage', 'stay.guests'] } });
    answer({ 'resident.me': sojournStaff });
    renderPage(MePage);
    expect(await screen.findByText('旅居人员名单')).toBeTruthy();
  });
});

describe('the handback summary', () => {
  const summary: StaySummary = {
    stay: { ...stay, status: 'expired', statusLabel: '旅居已结束', phase: null, closingNote: { text: '血压控制尚可', by: '杨丽（普洱思茅区旅居服务家庭医生团队）', at: '2027-02-20T02:00:00.000Z' }, can: { extend: false, end: false, summary: true } },
    visits: [{ at: '2026-12-10T02:00:00.000Z', channel: '门诊', services: ['血压测量', '用药指导'], note: '' }],
    readings: [{ at: '2026-12-11T00:00:00.000Z', kind: '血压', valueText: '138/86 mmHg', level: 'high' }],
    medicationChanges: [],
  };

  it('saves as a downloadable image in a browser, drawn from the page text without address or contacts', async () => {
    opened({ stayId: 'sj-1' });
    answer({ 'sojourn.summary': summary });
    const drawn: string[] = [];
    const ctx = { font: '', fillStyle: '', textBaseline: '', fillText: (t: string) => drawn.push(t), fillRect: () => undefined, measureText: (t: string) => ({ width: t.length * 28 }) };
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(ctx as never);
    jest.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue('data:image/png;base64,iVBORw0KGgo=');
    const links: HTMLAnchorElement[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      links.push(this);
    });
    renderPage(SummaryPage);
    fireEvent.click(await screen.findByText('保存为图片'));
    expect(await screen.findByText('图片已下载')).toBeTruthy();
    expect(links[0].download).toBe('旅居健康小结-陈建国-2026-12-01至2027-02-28.png');
    expect(links[0].href).toMatch(/^data:image\/png/);
    const image = drawn.join('');
    expect(image).toContain('旅居健康小结');
    expect(image).toContain('138/86 mmHg');
    expect(image).toContain('血压控制尚可');
    expect(image).not.toContain(stay.address);
    expect(image).not.toContain(stay.emergencyContact.phone);
    expect(image).not.toMatch(/\d{15,18}/);
  });
});
