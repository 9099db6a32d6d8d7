import Taro from '@tarojs/taro';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { ReminderOverview } from '../../shared/api/reminder';
import { call } from '../../client/src/api/call';
import { setActingAs } from '../../client/src/components';
import { resetActingAsCache } from '../../client/src/components/acting-as-store';
import RemindersPage from '../../client/src/packages/reminders/pages/index/index';
import PlanPage from '../../client/src/packages/reminders/pages/plan/index';
import { renderPage } from './support/render-page';
import { formInputs } from './support/form-inputs';

jest.mock('../../client/src/api/call', () => ({ call: jest.fn() }));
const mockedCall = call as jest.MockedFunction<typeof call>;

const plan = {
  id: 'rp-1', residentId: 'rs-ligl', drug: '苯磺酸氨氯地平片', dose: 1, unit: '片' as const, times: ['08:00'], weekdays: null,
  startDate: '2026-03-03', endDate: null, meal: 'after' as const, notes: '', stock: 3, stockDays: 3, status: 'active' as const,
  nextDueAt: '2026-03-10T00:00:00.000Z', createdBy: 'staff' as const,
};
const day = (d: string, taken: number, missed = 0) => ({ day: d, due: taken + missed, taken, skipped: 0, missed });
const overviewOf = (over: Partial<ReminderOverview> = {}): ReminderOverview => ({
  resident: { id: 'rs-ligl', name: '李桂兰' },
  plans: [plan],
  prescriptions: { diet: [{ heading: '低盐饮食', text: '每日食盐<5g' }], exercise: [{ heading: '快走', text: '每周5次 每次30分钟' }], author: '张毅（全科医生）', updatedAt: '2026-03-03T02:00:00.000Z' },
  today: [{ planId: 'rp-1', drug: '苯磺酸氨氯地平片', instruction: '1片 · 饭后', dueAt: '2026-03-09T00:00:00.000Z', time: '08:00', state: 'due', confirmedAt: null }],
  week: [day('2026-03-03', 1), day('2026-03-04', 1), day('2026-03-05', 0, 1), day('2026-03-06', 1), day('2026-03-07', 1), day('2026-03-08', 1), day('2026-03-09', 0)],
  rate: 83,
  quota: { templates: [{ template: 'medicationReminder', templateId: 'tmpl-medication-reminder', remaining: 2, low: true }, { template: 'missedDoseAlert', templateId: 'tmpl-missed-dose-alert', remaining: 0, low: true }] },
  can: { manage: true, prescribe: false },
  ...over,
});

let navigateTo: jest.SpyInstance;
beforeEach(() => {
  mockedCall.mockReset();
  window.localStorage.clear();
  resetActingAsCache();
  setActingAs({ residentId: 'rs-ligl', name: '李桂兰', self: false, relationLabel: '母亲' });
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: {} } } as never);
  navigateTo = jest.spyOn(Taro, 'navigateTo').mockImplementation((() => Promise.resolve()) as never);
  jest.spyOn(Taro, 'showToast').mockImplementation((() => Promise.resolve()) as never);
});
afterEach(() => jest.restoreAllMocks());

describe('the reminders page', () => {
  it('shows today\'s dose with one-tap confirmation, the three prescriptions, the week as a chart and the reminders left', async () => {
    mockedCall.mockImplementation(((name: string) =>
      Promise.resolve(name === 'reminder.overview' ? overviewOf() : { planId: 'rp-1', state: 'taken' })) as typeof call);
    renderPage(RemindersPage);
    expect(await screen.findByText('李桂兰的三个处方')).toBeTruthy();
    expect(screen.getByText('还能收到 2 次微信用药提醒')).toBeTruthy();
    expect(screen.getByText(/每点一次“允许”，只能收到一条提醒/)).toBeTruthy();
    expect(screen.getByText('每日食盐<5g')).toBeTruthy();
    expect(screen.getByText('还剩 3片，约够 3 天')).toBeTruthy();
    expect(screen.getByText('这一周按时服药 83%')).toBeTruthy();
    expect(screen.getByLabelText('03-05 星期四：应服1次，已服0次，漏服1次')).toBeTruthy();

    fireEvent.click(screen.getByText('已服 08:00 的药'));
    await waitFor(() =>
      expect(mockedCall).toHaveBeenCalledWith(
        'reminder.confirmDose',
        { residentId: 'rs-ligl', planId: 'rp-1', dueAt: '2026-03-09T00:00:00.000Z', state: 'taken' },
        expect.objectContaining({ requestId: expect.any(String) }),
      ),
    );
    fireEvent.click(screen.getByText('添加用药提醒'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/reminders/pages/plan/index?residentId=rs-ligl' });
  });

  it('lets a family member who may only look see the doses without confirm buttons', async () => {
    mockedCall.mockResolvedValue(overviewOf({ can: { manage: false, prescribe: false } }) as never);
    renderPage(RemindersPage);
    expect(await screen.findByText('该吃药了')).toBeTruthy();
    expect(screen.queryByText('已服 08:00 的药')).toBeNull();
    expect(screen.queryByText('添加用药提醒')).toBeNull();
  });
});

const { type } = formInputs('rm');

describe('the plan editor', () => {
  beforeEach(() => {
    jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { residentId: 'rs-ligl' } } } as never);
  });

  it('points at the first field at fault and sends nothing', async () => {
    renderPage(PlanPage);
    fireEvent.click(await screen.findByText('保存提醒'));
    expect(await screen.findByText('请填写药品名称')).toBeTruthy();
    expect(mockedCall).not.toHaveBeenCalled();
  });

  it('sends a twice-daily plan on chosen weekdays and goes back to the reminders', async () => {
    const back = jest.spyOn(Taro, 'navigateBack').mockImplementation((() => Promise.resolve()) as never);
    mockedCall.mockResolvedValue(plan as never);
    renderPage(PlanPage);
    await screen.findByText('保存提醒');
    await type('drug', '二甲双胍片');
    fireEvent.click(screen.getByText('再加一个时间'));
    await type('times-1', '20:00');
    fireEvent.click(screen.getByLabelText('每周选几天，未选'));
    fireEvent.click(screen.getByLabelText('周一，未选'));
    fireEvent.click(screen.getByLabelText('周三，未选'));
    expect(screen.getByLabelText('周一，已选').getAttribute('aria-checked')).toBe('true');
    fireEvent.click(screen.getByText('保存提醒'));
    await waitFor(() => expect(back).toHaveBeenCalled());
    expect(mockedCall).toHaveBeenCalledWith(
      'reminder.savePlan',
      expect.objectContaining({ residentId: 'rs-ligl', drug: '二甲双胍片', times: ['08:00', '20:00'], weekdays: [1, 3], endDate: null, stock: null }),
      expect.objectContaining({ requestId: expect.any(String) }),
    );
  });
});
