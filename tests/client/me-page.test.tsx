import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { call } from '../../client/src/api/call';
import { ApiCallError } from '../../client/src/api/api-call-error';
import MePage from '../../client/src/pages/me/index';
import { residentAccount, staffAccount } from './support/factories';
import { renderPage } from './support/render-page';
import { answerInTurn, mockedCall } from './support/mocked-call';

jest.mock('../../client/src/api/call', () => ({ call: jest.fn() }));

beforeEach(() => {
  mockedCall.mockReset();
  window.localStorage.clear();
});

/** Answers each action with the given replies, in order; the last one repeats. */
/** How often the account was fetched; the tab's other cards make calls of their own. */
const accountLoads = () => mockedCall.mock.calls.filter(([name]) => name === 'resident.me').length;

describe('the me tab', () => {
  it('shows the resident, their role and the day the account was created in China time', async () => {
    answerInTurn({ 'resident.me': [residentAccount({ createdAt: '2025-03-01T16:30:00.000Z' })] });
    renderPage(MePage);

    expect(await screen.findByText('李桂兰')).toBeTruthy();
    expect(screen.getByText('居民')).toBeTruthy();
    expect(screen.getByText('账号创建于')).toBeTruthy();
    expect(screen.getByText('2025年3月2日')).toBeTruthy();
    expect(mockedCall).toHaveBeenCalledWith('resident.me', {});
  });

  it('shows a team member as such, with the team', async () => {
    answerInTurn({ 'resident.me': [staffAccount()] });
    renderPage(MePage);

    expect(await screen.findByText('家庭医生团队成员')).toBeTruthy();
    expect(screen.getByText('西山区棕树营社区家庭医生团队')).toBeTruthy();
    expect(screen.getByText('全科医生')).toBeTruthy();
  });

  it('says what went wrong in Chinese and loads again on 重试', async () => {
    answerInTurn({
      'resident.me': [new ApiCallError('INTERNAL', '系统繁忙，请稍后再试'), residentAccount()],
    });
    renderPage(MePage);

    expect(await screen.findByText('系统繁忙，请稍后再试')).toBeTruthy();
    expect(screen.queryByText('李桂兰')).toBeNull();

    fireEvent.click(screen.getByText('重试'));
    expect(await screen.findByText('李桂兰')).toBeTruthy();
    expect(screen.queryByText('系统繁忙，请稍后再试')).toBeNull();
    expect(accountLoads()).toBe(2);
  });

  it('turns elder mode on at once, before the save returns, and saves it with a request id', async () => {
    let save: (value: unknown) => void = () => undefined;
    mockedCall.mockImplementation(((name: string) =>
      name === 'resident.me'
        ? Promise.resolve(residentAccount())
        : new Promise<unknown>((resolve) => (save = resolve))) as typeof call);
    const page = renderPage(MePage);
    await screen.findByText('李桂兰');
    expect(page.root().className).not.toContain('ui-page--elder');

    fireEvent.click(screen.getByText('长辈模式'));

    expect(page.root().className).toContain('ui-page--elder');
    expect(mockedCall).toHaveBeenLastCalledWith(
      'resident.setElderMode',
      { enabled: true },
      { requestId: expect.stringMatching(/^[0-9a-f]{32}$/) },
    );
    await act(async () => save(residentAccount({ elderMode: true })));
    expect(page.root().className).toContain('ui-page--elder');
    expect(screen.getByText('已开启')).toBeTruthy();
  });

  it('turns elder mode off again', async () => {
    answerInTurn({
      'resident.me': [residentAccount({ elderMode: true })],
      'resident.setElderMode': [residentAccount({ elderMode: false })],
    });
    const page = renderPage(MePage);
    await screen.findByText('已开启');
    expect(page.root().className).toContain('ui-page--elder');

    fireEvent.click(screen.getByText('长辈模式'));

    await waitFor(() => expect(screen.getByText('已关闭')).toBeTruthy());
    expect(page.root().className).not.toContain('ui-page--elder');
  });

  it('puts elder mode back and explains when the change cannot be saved', async () => {
    answerInTurn({
      'resident.me': [residentAccount()],
      'resident.setElderMode': [new ApiCallError('INTERNAL', '网络连接不稳定，请检查网络后重试')],
    });
    const page = renderPage(MePage);
    await screen.findByText('李桂兰');

    fireEvent.click(screen.getByText('长辈模式'));
    expect(page.root().className).toContain('ui-page--elder');

    expect(await screen.findByText('网络连接不稳定，请检查网络后重试')).toBeTruthy();
    expect(page.root().className).not.toContain('ui-page--elder');
    expect(screen.getByText('已关闭')).toBeTruthy();
  });

  it('loads the account again when the tab is shown again', async () => {
    answerInTurn({ 'resident.me': [residentAccount(), residentAccount({ nickname: '李桂兰（已改名）' })] });
    const page = renderPage(MePage);
    await screen.findByText('李桂兰');

    page.show(); // the first show comes with the mount and must not load twice
    expect(accountLoads()).toBe(1);
    page.show();

    expect(await screen.findByText('李桂兰（已改名）')).toBeTruthy();
    expect(accountLoads()).toBe(2);
  });

  it('offers the identity switcher of the local server in the browser build', async () => {
    answerInTurn({ 'resident.me': [residentAccount()] });
    renderPage(MePage);
    expect(await screen.findByText('切换身份')).toBeTruthy();
  });
});
