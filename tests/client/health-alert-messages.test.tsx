import Taro from '@tarojs/taro';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { ActionOutput } from '../../shared/api';
import { call } from '../../client/src/api/call';
import { askToNotify } from '../../client/src/lib/subscribe';
import { setActingAs } from '../../client/src/components';
import { resetActingAsCache } from '../../client/src/components/acting-as-store';
import RecordReadingPage from '../../client/src/packages/health/pages/record/index';
import TriagePage from '../../client/src/packages/health/pages/triage/index';
import { formInputs } from './support/form-inputs';
import { renderPage } from './support/render-page';

jest.mock('../../client/src/api/call', () => ({ call: jest.fn() }));
jest.mock('../../client/src/lib/subscribe', () => ({ askToNotify: jest.fn() }));
const mockedCall = call as jest.MockedFunction<typeof call>;
const mockedAsk = askToNotify as jest.MockedFunction<typeof askToNotify>;

const RECORDED: ActionOutput<'health.record'> = {
  reading: {
    id: 'rd-1', kind: 'bp', kindLabel: '血压', valueText: '132/82 mmHg', a: 132, b: 82, timing: null, level: 'normal', levelLabel: '达标',
    urgent: false, target: '<150/90 mmHg', advice: '保持', measuredAt: '2026-11-30T01:00:00.000Z', timeText: '11月30日 09:00', recordedBy: '家属代记', note: '', followedUp: null,
  },
  team: null,
  alerted: 0,
};
const TRIAGE: ActionOutput<'health.triage'> = {
  team: { id: 'team-cg-shilonghu', name: '呈贡区石龙湖社区家庭医生团队' },
  entries: [{ residentId: 'rs-ligl', name: '李桂兰', age: 80, phone: '13987650001', reason: 'urgent', reasonLabel: '危急读数待随访', detail: '185/115 mmHg', risk: null, suggestedRisk: 'red', openUrgent: 1 }],
};

const { type: typeInto } = formInputs('hl');

let order: string[];
beforeEach(() => {
  order = [];
  mockedCall.mockReset().mockImplementation(((name: string) => {
    order.push(name);
    return Promise.resolve({ 'health.record': RECORDED, 'health.triage': TRIAGE, 'health.followUp': { followedUp: 1, visitId: null, services: [] } }[name]);
  }) as typeof call);
  mockedAsk.mockReset().mockImplementation(async () => {
    order.push('ask');
    return null;
  });
  window.localStorage.clear();
  resetActingAsCache();
  setActingAs({ residentId: 'rs-ligl', name: '李桂兰', self: false, relationLabel: '母亲' });
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { residentId: 'rs-ligl' } } } as never);
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{ route: 'packages/health/pages/index/index' }, { route: 'packages/health/pages/record/index' }] as never);
  jest.spyOn(Taro, 'navigateBack').mockImplementation((() => Promise.resolve()) as never);
  jest.spyOn(Taro, 'redirectTo').mockImplementation((() => Promise.resolve()) as never);
  jest.spyOn(Taro, 'showToast').mockImplementation((() => Promise.resolve()) as never);
});
afterEach(() => jest.restoreAllMocks());

describe('the WeChat message about an urgent reading', () => {
  it('is asked for within the 保存 tap on the reading page, before the reading is sent, and not for a form that still has mistakes', async () => {
    renderPage(RecordReadingPage);
    fireEvent.click(await screen.findByText('保存'));
    expect(await screen.findByText('请按提示修改标出“有误”的内容')).toBeTruthy();
    expect(mockedAsk).not.toHaveBeenCalled();
    await typeInto('systolic', '132');
    await typeInto('diastolic', '82');
    fireEvent.click(screen.getByText('保存'));
    await waitFor(() => expect(order).toContain('health.record'));
    expect(mockedAsk).toHaveBeenCalledWith(['readingAlert']);
    expect(order.slice(order.indexOf('ask'), order.indexOf('health.record') + 1)).toEqual(['ask', 'health.record']);
  });

  it('is asked for when staff save a follow-up on the triage list, so they hear of the next urgent reading too', async () => {
    renderPage(TriagePage);
    fireEvent.click(await screen.findByText('记录随访'));
    fireEvent.click(screen.getByLabelText('电话随访'));
    await typeInto('note', '电话联系，复测 150/92');
    fireEvent.click(screen.getByText('保存随访记录'));
    await waitFor(() => expect(order).toContain('health.followUp'));
    expect(mockedAsk).toHaveBeenCalledWith(['readingAlert']);
    expect(order.slice(order.indexOf('ask'), order.indexOf('health.followUp') + 1)).toEqual(['ask', 'health.followUp']);
  });
});
