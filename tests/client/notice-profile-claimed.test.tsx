import Taro from '@tarojs/taro';
import { fireEvent, screen } from '@testing-library/react';
import MessagesPage from '../../client/src/packages/messages/pages/index/index';
import { answer, mockedCall } from './support/mocked-call';
import { renderPage } from './support/render-page';
import type { Notice } from '../../shared/api/contract';

jest.mock('../../client/src/api/call', () => ({ call: jest.fn() }));

const CLAIMED: Notice = {
  id: 'nt-claimed', residentId: 'rs-hewy', contractId: null, guardianshipId: null, kind: 'profile_claimed',
  title: '“何文英”的健康档案已由本人认领',
  body: '这份档案登记的本人已通过人脸核身确认身份，档案已转到本人名下，您的微信账号不再能查看或办理。如有疑问，请联系呈贡区石龙湖社区家庭医生团队（电话 0871-67482316）。',
  createdAt: '2026-11-30T02:00:00.000Z', read: false,
};

let navigateTo: jest.SpyInstance;
beforeEach(() => {
  mockedCall.mockReset();
  answer({ 'contract.notices': { notices: [CLAIMED], unread: 1 }, 'contract.readNotices': { read: 1 } });
  navigateTo = jest.spyOn(Taro, 'navigateTo').mockImplementation((() => Promise.resolve()) as never);
});
afterEach(() => jest.restoreAllMocks());

describe('the notice that a record went to its verified owner', () => {
  it('is shown as one to look at, with the team to call, and opening it only marks it read: the record is no longer the reader’s to open', async () => {
    const page = renderPage(MessagesPage);
    expect(await screen.findByText('1条未读')).toBeTruthy();
    expect(page.container.querySelector('.ui-notice__tag')?.textContent).toBe('请留意');
    expect(screen.getByText(/请联系呈贡区石龙湖社区家庭医生团队（电话 0871-67482316）/)).toBeTruthy();
    fireEvent.click(screen.getByText('“何文英”的健康档案已由本人认领'));
    expect(await screen.findByText('没有未读消息')).toBeTruthy();
    expect(mockedCall).toHaveBeenCalledWith('contract.readNotices', { ids: ['nt-claimed'] });
    expect(navigateTo).not.toHaveBeenCalled();
  });
});
