import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ActionOutput } from '../../shared/api';
import type { Slot } from '../../shared/api/appointment';
import type { TeamCard } from '../../shared/api/grid';
import { call } from '../../client/src/api/call';
import { ApiCallError } from '../../client/src/api/api-call-error';
import { askToNotify } from '../../client/src/lib/subscribe';
import { setActingAs } from '../../client/src/components';
import { resetActingAsCache } from '../../client/src/components/acting-as-store';
import AppointmentsPage from '../../client/src/packages/appointments/pages/index/index';
import { PublishForm } from '../../client/src/packages/appointments/components/publish-form';
import { SlotControls } from '../../client/src/packages/appointments/components/slot-controls';
import { renderPage } from './support/render-page';
import { formInputs } from './support/form-inputs';
import { watchScrolling } from './support/scrolling';

jest.mock('../../client/src/api/call', () => ({ call: jest.fn() }));
jest.mock('../../client/src/lib/subscribe', () => ({ askToNotify: jest.fn() }));
const mockedCall = call as jest.MockedFunction<typeof call>;
const { type: typeInto } = formInputs('ap');
const mockedAsk = askToNotify as jest.MockedFunction<typeof askToNotify>;

const slot = (id: string, timeText: string, over: Partial<Slot> = {}): Slot => ({
  id, startsAt: '2026-12-08T01:00:00.000Z', endsAt: '2026-12-08T01:30:00.000Z', timeText, capacity: 3, left: 2, state: 'open', mine: false, closedReason: null, ...over,
});
const TEAM = { id: 'team-cg-shilonghu', name: '呈贡区石龙湖社区家庭医生团队', phone: '0871-67482316' };
const slotsOf = (kind: 'clinic' | 'home_visit' = 'clinic'): ActionOutput<'appointment.slots'> => ({
  team: TEAM,
  blocked: null,
  homeVisitAllowed: true,
  days: [
    {
      day: '2026-12-08', dayText: '12月8日 周二',
      points: [{
        pointId: 'team-cg-shilonghu-f1', pointName: '石龙湖社区卫生服务站', pointAddress: '石龙路 15 号', kind, kindLabel: kind === 'clinic' ? '门诊' : '上门服务',
        slots: [slot('sl-1', '09:00-09:30'), slot('sl-2', '09:30-10:00', { left: 0, state: 'full' })],
      }],
    },
  ],
});
const MINE: ActionOutput<'appointment.mine'> = { upcoming: [], past: [], waiting: [], paused: null };
const PROGRESS: ActionOutput<'appointment.fulfilment'> = { contract: null, lines: [], visits: [], services: [] };

function answer(slots = slotsOf(), book: (name: string) => unknown = () => ({})) {
  mockedCall.mockImplementation(((name: string) => {
    if (name === 'appointment.slots') return Promise.resolve(slots);
    if (name === 'appointment.mine') return Promise.resolve(MINE);
    if (name === 'appointment.fulfilment') return Promise.resolve(PROGRESS);
    const reply = book(name);
    return reply instanceof Error ? Promise.reject(reply) : Promise.resolve(reply);
  }) as typeof call);
}

beforeEach(() => {
  mockedCall.mockReset();
  mockedAsk.mockReset().mockResolvedValue(null);
  window.localStorage.clear();
  resetActingAsCache();
  setActingAs({ residentId: 'rs-ligl', name: '李桂兰', self: false, relationLabel: '母亲' });
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: {} } } as never);
  jest.spyOn(Taro, 'showToast').mockImplementation((() => Promise.resolve()) as never);
});
afterEach(() => jest.restoreAllMocks());

describe('booking for the person the app acts for', () => {
  it('books a chosen slot, asking within the tap for the reminder and cancellation messages', async () => {
    answer();
    renderPage(AppointmentsPage);
    const pick = await screen.findByLabelText('09:00-09:30 余2');
    fireEvent.click(pick);
    expect(pick.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(screen.getByText('确认预约'));
    await waitFor(() =>
      expect(mockedCall).toHaveBeenCalledWith('appointment.book', { residentId: 'rs-ligl', slotId: 'sl-1' }, expect.objectContaining({ requestId: expect.any(String) })),
    );
    expect(mockedAsk).toHaveBeenCalledWith(['appointmentReminder', 'appointmentCancelled']);
    await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith({ title: '预约成功', icon: 'success' }));
  });

  it('on a full slot offers 有号提醒 instead, asking for the 候补 message', async () => {
    answer();
    renderPage(AppointmentsPage);
    fireEvent.click(await screen.findByLabelText('09:30-10:00 已约满'));
    expect(screen.getByText(/已约满，有空位时提醒您，并为您保留15分钟/)).toBeTruthy();
    fireEvent.click(screen.getByText('登记有号提醒'));
    await waitFor(() => expect(mockedCall).toHaveBeenCalledWith('appointment.wait', { residentId: 'rs-ligl', slotId: 'sl-2' }, expect.anything()));
    expect(mockedAsk).toHaveBeenCalledWith(['slotAvailable']);
  });

  it('points at the home-visit address when the team refuses it, scrolling the field into view', async () => {
    answer(slotsOf('home_visit'), (name) => (name === 'appointment.book' ? new ApiCallError('INVALID_INPUT', '请填写详细的上门地址', 'address') : {}));
    const scrolling = watchScrolling();
    renderPage(AppointmentsPage);
    fireEvent.click(await screen.findByLabelText('09:00-09:30 余2'));
    fireEvent.click(screen.getByText('确认预约'));
    expect(await screen.findByText('请填写详细的上门地址')).toBeTruthy();
    await scrolling.expectPointedAt('.ap-field--address');
  });

  it('shows the large day tabs in elder mode', async () => {
    answer();
    const page = renderPage(AppointmentsPage, { initialAccountElderMode: true });
    expect(await screen.findByRole('tab', { name: /12月8日/ })).toBeTruthy();
    expect(page.root().className).toContain('ui-page--elder');
  });

  it('says why she cannot book, e.g. after three no-shows', async () => {
    answer({ ...slotsOf(), blocked: { code: 'NOT_ELIGIBLE', message: '90天内爽约3次，在线预约暂停至12月30日。如需就诊请致电团队' } });
    renderPage(AppointmentsPage);
    expect(await screen.findByText(/在线预约暂停至12月30日/)).toBeTruthy();
  });
});

describe('publishing slots (staff)', () => {
  const team = {
    id: TEAM.id, name: TEAM.name,
    fixedPoints: [{ id: 'team-cg-shilonghu-f1', name: '石龙湖社区卫生服务站', address: '石龙路 15 号', location: { lat: 24.88, lng: 102.82 }, hours: '08:00-17:30' }],
    mobilePoints: [],
  } as unknown as TeamCard;

  it('points at the first invalid field, scrolls to it and publishes nothing', async () => {
    const scrolling = watchScrolling();
    render(<PublishForm team={team} today='2026-12-08' onPublished={() => undefined} />);
    await typeInto('capacity', '0');
    fireEvent.click(screen.getByText('发布'));
    expect(await screen.findByText('每个号至少可约1人')).toBeTruthy();
    await scrolling.expectPointedAt('.ap-field--capacity');
    expect(mockedCall).not.toHaveBeenCalled();
  });

  it('publishes the chosen point, weekdays, window, length and places', async () => {
    const published = jest.fn();
    mockedCall.mockResolvedValue({ created: 12, existing: 0, days: ['2026-12-08'] } as never);
    render(<PublishForm team={team} today='2026-12-08' onPublished={published} />);
    fireEvent.click(screen.getByText('发布'));
    await waitFor(() => expect(published).toHaveBeenCalledWith('已发布12个号'));
    expect(mockedCall).toHaveBeenCalledWith(
      'appointment.publish',
      expect.objectContaining({ pointId: 'team-cg-shilonghu-f1', kind: 'clinic', weekdays: [1, 2, 3, 4, 5], windows: [{ start: '08:30', end: '11:30' }], slotMinutes: 30, capacity: 3 }),
      expect.objectContaining({ requestId: expect.any(String) }),
    );
  });
});

describe('changing the day’s slots (staff)', () => {
  const rosterSlot = (over: { closed?: boolean; booked?: number } = {}) => ({
    id: 'sl-1', pointId: 'team-cg-shilonghu-f1', pointName: '石龙湖社区卫生服务站', kind: 'clinic' as const, kindLabel: '门诊', timeText: '09:00-09:30',
    capacity: 2, booked: over.booked ?? 2, closed: over.closed ?? false, bookings: [],
  });
  it('adds places to a slot and tells the staff member the waiting list was offered one', async () => {
    const changed = jest.fn();
    mockedCall.mockResolvedValue({ capacity: 4, booked: 3, status: 'open', offered: 1 } as never);
    render(<SlotControls slots={[rosterSlot()]} onChanged={changed} />);
    fireEvent.click(screen.getByText('调整人数'));
    await typeInto('capacity', '4');
    fireEvent.click(screen.getByText('保存人数'));
    await waitFor(() => expect(changed).toHaveBeenCalled());
    expect(mockedCall).toHaveBeenCalledWith('appointment.adjust', { slotId: 'sl-1', capacity: 4, reopen: false }, expect.objectContaining({ requestId: expect.any(String) }));
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '已调整，已通知候补的居民', icon: 'success' });
  });

  it('asks for the reason before closing a slot (停诊), pointing at the empty reason', async () => {
    const scrolled = jest.fn();
    Element.prototype.scrollIntoView = scrolled;
    render(<SlotControls slots={[rosterSlot()]} onChanged={() => undefined} />);
    fireEvent.click(screen.getByText('停诊'));
    fireEvent.click(screen.getByText('确认停诊'));
    const field = await waitFor(() => {
      const el = document.querySelector('.ap-field--reason.ui-field--invalid');
      if (!el) throw new Error('reason not marked invalid');
      return el;
    });
    await waitFor(() => expect(scrolled.mock.contexts[0]).toBe(field));
    expect(mockedCall).not.toHaveBeenCalled();
  });

  it('reopens a closed slot (恢复开诊)', async () => {
    mockedCall.mockResolvedValue({ capacity: 2, booked: 0, status: 'open', offered: 0 } as never);
    render(<SlotControls slots={[rosterSlot({ closed: true, booked: 0 })]} onChanged={() => undefined} />);
    expect(screen.getByText('已停诊')).toBeTruthy();
    fireEvent.click(screen.getByText('恢复开诊'));
    // The form's own button (the second 恢复开诊) sends it.
    await waitFor(() => expect(screen.getAllByText('恢复开诊')).toHaveLength(2));
    fireEvent.click(screen.getAllByText('恢复开诊')[1]);
    await waitFor(() => expect(mockedCall).toHaveBeenCalledWith('appointment.adjust', { slotId: 'sl-1', capacity: 2, reopen: true }, expect.anything()));
  });
});
