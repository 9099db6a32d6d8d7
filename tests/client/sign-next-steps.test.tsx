import Taro from '@tarojs/taro';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { setActingAs } from '../../client/src/components';
import { getActingAs } from '../../client/src/components/acting-as-store';
import ConfirmPage from '../../client/src/packages/sign/pages/confirm/index';
import ContractPage from '../../client/src/packages/sign/pages/contract/index';
import AgreementPage from '../../client/src/packages/sign/pages/agreement/index';
import { renderPage } from './support/render-page';
import { familyOf, guardianshipOf, LIGL_ALONE, profileOf } from './support/family-factories';
import { contractOf, SHILONGHU_TEAM as TEAM } from './support/contract-factories';
import { answer, mockedCall, startEachTestAsLigl } from './support/mocked-call';

jest.mock('../../client/src/api/call', () => ({ call: jest.fn() }));

const GUIDE = {
  reviewDays: 2,
  station: { name: '石龙湖社区卫生服务站', address: '呈贡区洛龙街道石龙路 15 号', hours: '周一至周五 8:30-17:30' },
  bring: ['本人身份证', '医保卡或医保电子凭证'],
};
const CHRONIC = { code: 'chronic' as const, name: '慢病管理包', kind: 'personalised' as const, feeYuan: 200, insuranceYuan: 60, selfPayYuan: 140, services: ['随访'] };
const BASIC = contractOf().packages[0];

const params = (p: Record<string, string>) => jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: p } } as never);

startEachTestAsLigl();

/** 王敏 acting for herself, who may view her mother 李桂兰's record and sign for her: her family as the app is told it. */
function daughterActingForMother() {
  setActingAs({ residentId: 'rs-wangmin', name: '王敏', self: true });
  return familyOf({
    self: profileOf({ id: 'rs-wangmin', name: '王敏' }),
    managed: [guardianshipOf({ residentId: 'rs-ligl', residentName: '李桂兰', relation: 'parent', status: 'active', effectiveScopes: ['view', 'sign'] })],
  });
}

const preview = (selfPayYuan: number) => ({
  templateVersion: '2026.1',
  title: '家庭医生签约服务协议',
  sections: [{ heading: '一、服务内容', body: '……' }],
  text: '……',
  hash: 'b'.repeat(64),
  team: TEAM,
  packageCodes: selfPayYuan ? ['basic', 'chronic'] : ['basic'],
  packages: selfPayYuan ? [BASIC, CHRONIC] : [BASIC],
  fees: { totalYuan: selfPayYuan ? 200 : 0, insuranceYuan: selfPayYuan ? 60 : 0, selfPayYuan },
});

describe('signing the agreement', () => {
  it('keeps 同意并签约 with the yearly self-pay in the bar at the bottom, and asks for the tick first', async () => {
    params({ teamId: TEAM.id, codes: 'chronic' });
    answer({ 'contract.preview': preview(140), 'resident.listMine': LIGL_ALONE });
    renderPage(ConfirmPage);
    const sign = await screen.findByText('同意并签约');
    const bar = sign.closest('.ui-action-bar');
    expect(bar?.textContent).toContain('每年个人自付：140元');
    fireEvent.click(sign);
    expect(await screen.findByText('请先勾选“我已阅读并同意本协议”', { selector: '.ui-field-error' })).toBeTruthy();
    expect(mockedCall).not.toHaveBeenCalledWith('contract.apply', expect.anything(), expect.anything());
  });

  it('says before switching that the new team costs more a year, and switches only when confirmed', async () => {
    params({ teamId: TEAM.id, codes: 'chronic', purpose: 'switch', previousContractId: 'ct-old', reason: '搬家' });
    const old = contractOf({ id: 'ct-old', fees: { totalYuan: 0, insuranceYuan: 0, selfPayYuan: 0 } });
    answer({ 'contract.preview': preview(140), 'contract.get': old, 'contract.switchTeam': contractOf({ id: 'ct-new' }), 'resident.listMine': LIGL_ALONE });
    // Every question is answered 不 unless the test says otherwise (the second is 接收微信通知).
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' } as never);
    jest.spyOn(Taro, 'redirectTo').mockImplementation((() => Promise.resolve()) as never);
    renderPage(ConfirmPage);
    const change = '原来每年个人自付 免费，换签后每年个人自付 140元（每年多 140 元）。';
    expect(await screen.findByText(`费用有变化：${change}`)).toBeTruthy();
    expect(mockedCall).toHaveBeenCalledWith('contract.get', { contractId: 'ct-old' });

    fireEvent.click(screen.getByText('我已阅读并同意本协议'));
    fireEvent.click(screen.getByText('同意并换签'));
    await waitFor(() => expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '费用有变化', content: `${change}确定换签吗？` })));
    expect(mockedCall).not.toHaveBeenCalledWith('contract.switchTeam', expect.anything(), expect.anything());

    modal.mockResolvedValueOnce({ confirm: true, cancel: false, errMsg: 'showModal:ok' } as never);
    fireEvent.click(screen.getByText('同意并换签'));
    await waitFor(() => expect(mockedCall).toHaveBeenCalledWith('contract.switchTeam', expect.objectContaining({ contractId: 'ct-old', teamId: TEAM.id }), expect.anything()));
  });
});

describe('the contract page', () => {
  it('after applying says how long review takes, where and when to pay, and what to bring, from the team', async () => {
    params({ contractId: 'ct-new', submitted: '1' });
    const pending = contractOf({ id: 'ct-new', status: 'pending_review', statusLabel: '待团队审核', packages: [BASIC, CHRONIC], fees: { totalYuan: 200, insuranceYuan: 60, selfPayYuan: 140 } });
    answer({ 'contract.get': pending, 'contract.mine': { canSign: true }, 'grid.team': { signing: GUIDE }, 'resident.listMine': LIGL_ALONE });
    renderPage(ContractPage);
    expect(await screen.findByText('1. 团队审核（一般 2 个工作日内）')).toBeTruthy();
    expect(screen.getByText('审核通过后，第一次去接受服务时，在石龙湖社区卫生服务站缴纳每年个人自付的 140 元；医保统筹支付的部分不用您付。')).toBeTruthy();
    expect(screen.getByText('• 医保卡或医保电子凭证')).toBeTruthy();
    expect(mockedCall).toHaveBeenCalledWith('grid.team', { teamId: TEAM.id });
    // Whose contract this is, above 撤回申请.
    expect(await screen.findByText('李桂兰（本人）')).toBeTruthy();
  });

  it('shows why an application was turned down and reapplies with the same team and packages', async () => {
    params({ contractId: 'ct-no' });
    const rejected = contractOf({
      id: 'ct-no',
      status: 'rejected',
      statusLabel: '未通过',
      packages: [BASIC, CHRONIC],
      review: { at: '2026-03-02T02:00:00.000Z', decision: 'reject', reason: '档案里没有登记高血压，请先补充诊断', reviewerLabel: '张医生' },
    });
    answer({ 'contract.get': rejected, 'contract.mine': { canSign: true }, 'resident.listMine': LIGL_ALONE });
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockImplementation((() => Promise.resolve()) as never);
    renderPage(ContractPage);
    expect(await screen.findByText('档案里没有登记高血压，请先补充诊断')).toBeTruthy();
    fireEvent.click(screen.getByText('修改后重新申请'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/sign/pages/choose/index?teamId=team-cg-shilonghu&codes=chronic' });
    expect(mockedCall).not.toHaveBeenCalledWith('grid.team', expect.anything());
  });

  it('makes the contract’s person the one acted for, so a daughter sees whose contract she may end', async () => {
    params({ contractId: 'ct-mum' });
    const family = daughterActingForMother();
    answer({ 'contract.get': contractOf({ id: 'ct-mum' }), 'contract.mine': { canSign: true }, 'resident.listMine': family });
    renderPage(ContractPage);
    expect(await screen.findByText('正在为家人办理')).toBeTruthy();
    expect(screen.getByText('李桂兰（父母）')).toBeTruthy();
    expect(getActingAs()?.residentId).toBe('rs-ligl');
    expect(screen.getByText('解约')).toBeTruthy();
  });

  describe('the agreement page', () => {
    const agreementOf = (residentId: string) => ({
      contractId: 'ct-mum',
      residentId,
      templateVersion: '2026.2',
      title: '家庭医生签约服务协议',
      sections: [{ heading: '一、服务内容', body: '基础包' }],
      text: '家庭医生签约服务协议\n\n一、服务内容\n基础包',
      hash: 'a'.repeat(64),
      intact: true,
      signedBy: { as: 'guardian', name: '王敏', relationLabel: '子女', label: '王敏（子女）代签' },
      signedAt: '2026-03-02T02:00:00.000Z',
    });

    it('shows whose agreement it is to the daughter who acts for her mother', async () => {
      params({ contractId: 'ct-mum' });
      const family = daughterActingForMother();
      answer({ 'contract.agreement': agreementOf('rs-ligl'), 'contract.mine': { canSign: true }, 'resident.listMine': family });
      renderPage(AgreementPage);
      expect(await screen.findByText('正在为家人办理')).toBeTruthy();
      expect(screen.getByText('李桂兰（父母）')).toBeTruthy();
      expect(getActingAs()?.residentId).toBe('rs-ligl');
      expect(mockedCall).toHaveBeenCalledWith('contract.mine', { residentId: 'rs-ligl' });
    });

    it('shows no acting-for banner to a team member reading it', async () => {
      params({ contractId: 'ct-mum' });
      answer({ 'contract.agreement': agreementOf('rs-ligl'), 'contract.mine': { canSign: false }, 'resident.listMine': familyOf() });
      renderPage(AgreementPage);
      expect(await screen.findByText('一、服务内容')).toBeTruthy();
      expect(screen.queryByText('当前办理对象')).toBeNull();
      expect(screen.queryByText('正在为家人办理')).toBeNull();
    });
  });
});
