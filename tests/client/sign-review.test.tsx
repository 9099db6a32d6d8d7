import Taro from '@tarojs/taro';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { ActionOutput } from '@shared/api';
import ReviewPage from '../../client/src/packages/sign/pages/review/index';
import { renderPage } from './support/render-page';
import { answerInTurn, mockedCall } from './support/mocked-call';
import { contractOf } from './support/contract-factories';

jest.mock('../../client/src/api/call', () => ({ call: jest.fn() }));
const TEAM = { id: 'team-cg-shilonghu', name: '呈贡区石龙湖社区家庭医生团队', institution: '呈贡区洛龙街道社区卫生服务中心', phone: '0871-67482316' };

type Queue = ActionOutput<'contract.reviewQueue'>;
type History = ActionOutput<'contract.reviewHistory'>;

const item = (over: Partial<Queue['items'][number]['resident']> = {}): Queue['items'][number] => ({
  contract: contractOf({ id: 'ct-ligl', status: 'pending_review', period: null }),
  resident: {
    name: '李*兰',
    gender: 'female',
    age: 80,
    idNumberMasked: '5301*************4',
    area: '石龙湖社区第一网格',
    conditions: ['高血压'],
    priorityGroups: ['65岁及以上老年人'],
    packageChecks: [{ code: 'basic', name: '基础包', eligible: true, note: '所有居民' }],
    currentTeamName: null,
    phone: '13987650001',
    livesAlone: true,
    elderlyRisk: 'red',
    riskFactors: ['缺少运动'],
    ...over,
  },
});

const entry = (n: number, over: Partial<History['items'][number]> = {}): History['items'][number] => ({
  contractId: `ct-${n}`,
  purpose: 'new',
  name: `周*${n}`,
  packages: ['基础包'],
  submittedAt: '2026-11-20T02:00:00.000Z',
  decision: 'approve',
  reviewerLabel: '张毅（呈贡区石龙湖社区家庭医生团队）',
  reviewedAt: `2026-11-${String(29 - n).padStart(2, '0')}T06:30:00.000Z`,
  reason: null,
  ...over,
});

/** Answers each action with its replies in order; the last one repeats. */
let call_: jest.SpyInstance;
let modal: jest.SpyInstance;
beforeEach(() => {
  mockedCall.mockReset();
  call_ = jest.spyOn(Taro, 'makePhoneCall').mockImplementation((() => Promise.resolve()) as never);
  modal = jest.spyOn(Taro, 'showModal');
});
afterEach(() => jest.restoreAllMocks());

describe('the review queue', () => {
  it('shows the reviewer the phone number to call, living alone, the risk level and the risk factors', async () => {
    answerInTurn({ 'contract.reviewQueue': [{ team: TEAM, items: [item()] }] });
    renderPage(ReviewPage);
    expect(await screen.findByText('李*兰，女，80岁')).toBeTruthy();
    expect(screen.getByText('独居')).toBeTruthy();
    expect(screen.getByText('老年人风险 红色（高风险）')).toBeTruthy();
    expect(screen.getByText('缺少运动')).toBeTruthy();
    fireEvent.click(screen.getByText('13987650001'));
    expect(call_).toHaveBeenCalledWith({ phoneNumber: '13987650001' });
  });

  it('shows no flags for a younger person living with family', async () => {
    answerInTurn({ 'contract.reviewQueue': [{ team: TEAM, items: [item({ livesAlone: false, elderlyRisk: null, riskFactors: [], age: 40 })] }] });
    renderPage(ReviewPage);
    await screen.findByText('李*兰，女，40岁');
    expect(screen.queryByText('独居')).toBeNull();
    expect(screen.queryByText(/老年人风险/)).toBeNull();
  });

  it('asks before approving and approves nothing when the reviewer steps back', async () => {
    answerInTurn({ 'contract.reviewQueue': [{ team: TEAM, items: [item()] }] });
    modal.mockResolvedValue({ confirm: false, cancel: true } as never);
    renderPage(ReviewPage);
    fireEvent.click(await screen.findByText('通过'));
    await waitFor(() => expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '通过李*兰的新签约申请？', confirmText: '确认通过' })));
    expect(mockedCall).not.toHaveBeenCalledWith('contract.review', expect.anything(), expect.anything());
  });

  it('fills the reason with one tap on a usual reason and sends it', async () => {
    answerInTurn({ 'contract.reviewQueue': [{ team: TEAM, items: [item()] }, { team: TEAM, items: [] }], 'contract.review': [contractOf({ status: 'rejected' })] });
    renderPage(ReviewPage);
    fireEvent.click(await screen.findByText('不通过'));
    fireEvent.click(screen.getByText('住址不在本团队的服务网格内，请选择负责您住址的团队'));
    fireEvent.click(screen.getByText('确认不通过'));
    await waitFor(() =>
      expect(mockedCall).toHaveBeenCalledWith('contract.review', { contractId: 'ct-ligl', decision: 'reject', reason: '住址不在本团队的服务网格内，请选择负责您住址的团队' }, expect.anything()),
    );
    expect(await screen.findByText('已退回李*兰的申请')).toBeTruthy();
  });
});

describe('the history of processed applications', () => {
  it('lists decisions with who made them, when and why, and loads older ones on request', async () => {
    const first = { team: TEAM, items: [entry(1, { decision: 'reject', reason: '所选服务包的条件不符，请调整服务包后重新申请' }), entry(2)], next: '2026-11-27T06:30:00.000Z' };
    const older = { team: TEAM, items: [entry(3, { purpose: 'switch' })], next: null };
    answerInTurn({ 'contract.reviewQueue': [{ team: TEAM, items: [] }], 'contract.reviewHistory': [first, older] });
    renderPage(ReviewPage);
    fireEvent.click(await screen.findByText('已处理'));
    expect(await screen.findByText('周*1 · 新签约')).toBeTruthy();
    expect(screen.getByText('未通过')).toBeTruthy();
    expect(screen.getByText('理由：所选服务包的条件不符，请调整服务包后重新申请')).toBeTruthy();
    expect(screen.getByText('2026年11月28日 14:30 · 张毅（呈贡区石龙湖社区家庭医生团队）')).toBeTruthy();
    expect(screen.getByText('已处理').closest('[role="tab"]')?.getAttribute('aria-selected')).toBe('true');

    fireEvent.click(screen.getByText('查看更早的记录'));
    expect(await screen.findByText('周*3 · 换签')).toBeTruthy();
    expect(mockedCall).toHaveBeenLastCalledWith('contract.reviewHistory', { limit: 20, before: '2026-11-27T06:30:00.000Z' });
    expect(screen.queryByText('查看更早的记录')).toBeNull();
  });

  it('says so when the team has decided nothing yet', async () => {
    answerInTurn({ 'contract.reviewQueue': [{ team: TEAM, items: [] }], 'contract.reviewHistory': [{ team: TEAM, items: [], next: null }] });
    renderPage(ReviewPage);
    fireEvent.click(await screen.findByText('已处理'));
    expect(await screen.findByText('还没有处理过的申请')).toBeTruthy();
  });
});
