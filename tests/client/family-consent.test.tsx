import Taro from '@tarojs/taro';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import ConsentPage from '../../client/src/packages/family/pages/consent/index';
import RequestAccess from '../../client/src/packages/family/pages/request/index';
import MePage from '../../client/src/pages/me/index';
import MessagesPage from '../../client/src/packages/messages/pages/index/index';
import { renderPage } from './support/render-page';
import { answer, mockedCall } from './support/mocked-call';
import { unreadCount } from '../../client/src/lib/tab-bar-state';
import { familyOf, guardianshipOf, profileOf } from './support/family-factories';
import { residentAccount } from './support/factories';
import type { Notice } from '../../shared/api/contract';

jest.mock('../../client/src/api/call', () => ({ call: jest.fn() }));

const REQUEST = guardianshipOf({ id: 'g-lei', residentId: 'rs-ligl', guardianName: '王磊', relation: 'parent', status: 'pending', consentRoute: 'in_app', requestedScopes: ['view', 'sign'], effectiveScopes: [] });
const MOTHER = familyOf({ self: profileOf({ id: 'rs-ligl', name: '李桂兰' }), guardians: [REQUEST] });
const notice = (over: Partial<Notice>): Notice => ({
  id: 'nt-1', residentId: 'rs-ligl', contractId: null, guardianshipId: null, kind: 'approved', title: '家庭医生签约申请已通过', body: '签约已生效', createdAt: '2026-11-30T02:00:00.000Z', read: false, ...over,
});

let navigateTo: jest.SpyInstance;
let modal: jest.SpyInstance;
beforeEach(() => {
  mockedCall.mockReset();
  window.localStorage.clear();
  navigateTo = jest.spyOn(Taro, 'navigateTo').mockImplementation((() => Promise.resolve()) as never);
  modal = jest.spyOn(Taro, 'showModal');
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{ route: 'pages/me/index' }, { route: 'packages/family/pages/consent/index' }] as never);
  jest.spyOn(Taro, 'navigateBack').mockImplementation((() => Promise.resolve()) as never);
  jest.spyOn(Taro, 'showToast').mockImplementation((() => Promise.resolve()) as never);
});
afterEach(() => jest.restoreAllMocks());

describe('consent with care', () => {
  it('puts a family request waiting for her at the top of her me tab, as waiting for her', async () => {
    answer({ 'resident.me': residentAccount(), 'resident.listMine': MOTHER, 'contract.notices': { notices: [], unread: 0 } });
    const page = renderPage(MePage);
    expect(await screen.findByText('王磊（您的子女）请求代您办理')).toBeTruthy();
    expect(screen.getByText('等您同意')).toBeTruthy();
    expect(screen.queryByText('待对方同意')).toBeNull();
    const cards = page.container.querySelectorAll('.ui-card');
    expect(cards[0].className).toContain('me-requests');
    fireEvent.click(screen.getByText('同意（先看清每项的含义）'));
    expect(navigateTo).toHaveBeenCalledWith({ url: `/packages/family/pages/consent/index?guardianshipId=g-lei&back=${encodeURIComponent('/pages/me/index')}` });
  });

  it('says in plain words what each power allows and grants nothing until she confirms', async () => {
    jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { guardianshipId: 'g-lei', back: encodeURIComponent('/pages/me/index') } } } as never);
    answer({ 'resident.listMine': MOTHER, 'resident.respondToRequest': { ...REQUEST, status: 'active' } });
    modal.mockResolvedValueOnce({ confirm: false, cancel: true }).mockResolvedValueOnce({ confirm: true, cancel: false });
    renderPage(ConsentPage);
    expect(await screen.findByText('王磊（您的子女）请求代您办理')).toBeTruthy();
    expect(screen.getByText(/可以看到您的健康档案/)).toBeTruthy();
    expect(screen.getByText(/可以替您和家庭医生团队签约/)).toBeTruthy();
    expect(document.querySelector('[aria-checked="true"]')).not.toBeNull();

    fireEvent.click(screen.getByText('签约、续约和修改档案'));
    fireEvent.click(screen.getByText('同意所选的事项'));
    await waitFor(() => expect(modal).toHaveBeenCalledTimes(1));
    expect(modal.mock.calls[0][0].content).toContain('查看健康档案和记录');
    expect(modal.mock.calls[0][0].content).not.toContain('签约、续约和修改档案');
    expect(mockedCall).not.toHaveBeenCalledWith('resident.respondToRequest', expect.anything(), expect.anything());

    fireEvent.click(screen.getByText('同意所选的事项'));
    await waitFor(() =>
      expect(mockedCall).toHaveBeenCalledWith('resident.respondToRequest', { guardianshipId: 'g-lei', accept: true, scopes: ['view'] }, expect.anything()),
    );
    await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: expect.stringContaining('已同意王磊代您办理') })));
  });

  it('asks for view and sign by default, offers reminders unticked and nothing for booking, which has no screens yet', () => {
    renderPage(RequestAccess);
    const checked = Array.from(document.querySelectorAll('.family-scope')).map((el) => [el.textContent, el.getAttribute('aria-checked')]);
    expect(checked).toEqual([
      [expect.stringContaining('查看健康档案和记录'), 'true'],
      [expect.stringContaining('签约、续约和修改档案'), 'true'],
      [expect.stringContaining('管理用药提醒'), 'false'],
    ]);
    expect(screen.queryByText('预约服务')).toBeNull();
  });
});

describe('the message centre', () => {
  it('shows the unread count on the me tab and marks a notice read when it is opened', async () => {
    answer({ 'resident.me': residentAccount(), 'resident.listMine': familyOf(), 'contract.notices': { notices: [notice({ contractId: 'ct-1' })], unread: 2 }, 'contract.readNotices': { read: 1 } });
    renderPage(MePage);
    expect(await screen.findByText('2条未读')).toBeTruthy();
    expect(unreadCount()).toBe(2); // what the 我的 tab of the tab bar shows
    fireEvent.click(screen.getByText('家庭医生签约申请已通过'));
    await waitFor(() => expect(mockedCall).toHaveBeenCalledWith('contract.readNotices', { ids: ['nt-1'] }));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/sign/pages/contract/index?contractId=ct-1' });
    expect(await screen.findByText('1条未读')).toBeTruthy();
  });

  it('lists every notice, tells approval from rejection in words, and opens a family request on its consent page', async () => {
    answer({
      'contract.notices': {
        notices: [
          notice({ id: 'nt-3', kind: 'family_request', guardianshipId: 'g-lei', title: '王磊请求代您办理，等您同意' }),
          notice({ id: 'nt-2', kind: 'rejected', title: '签约申请未通过', read: true }),
          notice({ id: 'nt-1', kind: 'approved', title: '签约申请已通过', read: true }),
        ],
        unread: 1,
      },
      'contract.readNotices': { read: 1 },
    });
    const page = renderPage(MessagesPage);
    expect(await screen.findByText('1条未读')).toBeTruthy();
    const tags = Array.from(page.container.querySelectorAll('.ui-notice__tag')).map((el) => el.textContent);
    expect(tags).toEqual(['待处理', '请留意', '已通过']);
    fireEvent.click(screen.getByText('王磊请求代您办理，等您同意'));
    expect(navigateTo).toHaveBeenCalledWith({ url: `/packages/family/pages/consent/index?guardianshipId=g-lei&back=${encodeURIComponent('/packages/messages/pages/index/index')}` });
    expect(await screen.findByText('没有未读消息')).toBeTruthy();
  });

  it('asks WeChat for a message about the next family request and says how many are allowed', async () => {
    answer({ 'contract.notices': { notices: [], unread: 0 }, 'resident.recordSubscriptions': { remaining: { familyRequest: 1 } } });
    modal.mockResolvedValue({ confirm: true, cancel: false } as never);
    const granted = jest.fn(async () => ({ ok: true, json: async () => ({ errMsg: 'requestSubscribeMessage:ok', 'tmpl-family-request': 'accept' }) }));
    const realFetch = global.fetch;
    global.fetch = granted as unknown as typeof fetch;
    try {
      renderPage(MessagesPage);
      fireEvent.click(await screen.findByText('用微信通知我'));
      expect(await screen.findByText('已开启：接下来1次家人申请会用微信通知您')).toBeTruthy();
      expect(granted).toHaveBeenCalledWith('/__dev/wx/requestSubscribeMessage', expect.objectContaining({ body: JSON.stringify({ tmplIds: ['tmpl-family-request'] }) }));
      expect(mockedCall).toHaveBeenCalledWith('resident.recordSubscriptions', { accepted: ['familyRequest'] }, expect.anything());
      expect(screen.getByText('再允许一次')).toBeTruthy();
    } finally {
      global.fetch = realFetch;
    }
  });

  it('records nothing when she says no to WeChat messages', async () => {
    answer({ 'contract.notices': { notices: [], unread: 0 } });
    modal.mockResolvedValue({ confirm: false, cancel: true } as never);
    renderPage(MessagesPage);
    fireEvent.click(await screen.findByText('用微信通知我'));
    await waitFor(() => expect(modal).toHaveBeenCalled());
    expect(mockedCall).not.toHaveBeenCalledWith('resident.recordSubscriptions', expect.anything(), expect.anything());
    expect(screen.queryByText(/已开启/)).toBeNull();
  });
});
