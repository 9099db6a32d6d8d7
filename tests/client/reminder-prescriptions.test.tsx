import Taro from '@tarojs/taro';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { ReminderOverview } from '../../shared/api/reminder';
import { call } from '../../client/src/api/call';
import PrescriptionsPage from '../../client/src/packages/reminders/pages/prescriptions/index';
import RemindersPage from '../../client/src/packages/reminders/pages/index/index';
import { renderPage } from './support/render-page';
import { formInputs } from './support/form-inputs';
import { watchScrolling } from './support/scrolling';

jest.mock('../../client/src/api/call', () => ({ call: jest.fn() }));
const mockedCall = call as jest.MockedFunction<typeof call>;

const overviewOf = (over: Partial<ReminderOverview> = {}): ReminderOverview => ({
  resident: { id: 'rs-ligl', name: '李桂兰' },
  plans: [],
  prescriptions: { diet: [{ heading: '低盐饮食', text: '每日食盐<5g' }], exercise: [], author: '张毅（全科医生）', updatedAt: '2026-03-03T02:00:00.000Z' },
  today: [],
  week: [],
  rate: null,
  quota: { templates: [] },
  can: { manage: true, prescribe: true },
  ...over,
});

const { type } = formInputs('rm');

let back: jest.SpyInstance;
beforeEach(() => {
  mockedCall.mockReset();
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { residentId: 'rs-ligl' } } } as never);
  jest.spyOn(Taro, 'showToast').mockImplementation((() => Promise.resolve()) as never);
  back = jest.spyOn(Taro, 'navigateBack').mockImplementation((() => Promise.resolve()) as never);
});
afterEach(() => jest.restoreAllMocks());

describe('the staff prescription editor (膳食、运动处方)', () => {
  it('starts from the prescriptions already written, adds a common heading with its text, saves and goes back', async () => {
    mockedCall.mockImplementation(((name: string, input: unknown) =>
      Promise.resolve(name === 'reminder.overview' ? overviewOf() : { ...(input as object), author: '张毅（全科医生）', updatedAt: '2026-03-09T02:00:00.000Z' })) as typeof call);
    renderPage(PrescriptionsPage);
    expect(await screen.findByText('李桂兰的膳食与运动处方')).toBeTruthy();
    await waitFor(() => expect((document.querySelector('.rm-field--diet-0-heading input') as HTMLInputElement).value).toBe('低盐饮食'));
    fireEvent.click(screen.getByLabelText('添加快走'));
    await type('exercise-0-text', '每周5次 每次30分钟');
    fireEvent.click(screen.getByText('保存处方'));
    await waitFor(() => expect(back).toHaveBeenCalled());
    expect(mockedCall).toHaveBeenCalledWith(
      'reminder.setPrescriptions',
      { residentId: 'rs-ligl', diet: [{ heading: '低盐饮食', text: '每日食盐<5g' }], exercise: [{ heading: '快走', text: '每周5次 每次30分钟' }] },
      expect.objectContaining({ requestId: expect.any(String) }),
    );
  });

  it('points at the first section without text, scrolls it into view and sends nothing', async () => {
    mockedCall.mockResolvedValue(overviewOf() as never);
    const scrolling = watchScrolling();
    renderPage(PrescriptionsPage);
    await screen.findByText('保存处方');
    fireEvent.click(screen.getByLabelText('其他：添加一条膳食处方'));
    await type('diet-1-heading', '控糖');
    fireEvent.click(screen.getByText('保存处方'));
    expect(await screen.findByText('请填写内容')).toBeTruthy();
    await scrolling.expectPointedAt('.rm-field--diet-1-text');
    expect(mockedCall).not.toHaveBeenCalledWith('reminder.setPrescriptions', expect.anything(), expect.anything());
  });

  it('removes a section with a button that names it', async () => {
    mockedCall.mockResolvedValue(overviewOf() as never);
    renderPage(PrescriptionsPage);
    fireEvent.click(await screen.findByLabelText('删除膳食处方第1条（低盐饮食）'));
    expect(await screen.findByText('还没有膳食处方，可以从下面的常用项开始')).toBeTruthy();
  });

  it('tells a resident or family member that only the team prescribes, with no form', async () => {
    mockedCall.mockResolvedValue(overviewOf({ can: { manage: true, prescribe: false } }) as never);
    renderPage(PrescriptionsPage);
    expect(await screen.findByText('只有签约的家庭医生团队可以开处方')).toBeTruthy();
    expect(screen.queryByText('保存处方')).toBeNull();
  });

  it('shows in elder mode through the page’s elder class', async () => {
    mockedCall.mockResolvedValue(overviewOf() as never);
    const page = renderPage(PrescriptionsPage, { initialAccountElderMode: true });
    await screen.findByText('保存处方');
    expect(page.root().className).toContain('ui-page--elder');
  });

  it('is reached from the reminders page by the team’s staff only', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockImplementation((() => Promise.resolve()) as never);
    mockedCall.mockResolvedValue(overviewOf({ can: { manage: true, prescribe: true } }) as never);
    const first = renderPage(RemindersPage);
    fireEvent.click(await screen.findByText('修改膳食、运动处方'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/reminders/pages/prescriptions/index?residentId=rs-ligl' });
    first.unmount();
    mockedCall.mockResolvedValue(overviewOf({ can: { manage: true, prescribe: false } }) as never);
    renderPage(RemindersPage);
    await screen.findByText('李桂兰的三个处方');
    expect(screen.queryByText('修改膳食、运动处方')).toBeNull();
  });
});
