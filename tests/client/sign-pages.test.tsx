import Taro from '@tarojs/taro';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import ChoosePage from '../../client/src/packages/sign/pages/choose/index';
import ContractPage from '../../client/src/packages/sign/pages/contract/index';
import { ContractCard } from '../../client/src/pages/me/contract-card';
import { renderPage } from './support/render-page';
import { LIGL_ALONE } from './support/family-factories';
import { contractOf, mineOf, SHILONGHU_OFFERS, SHILONGHU_TEAM as TEAM } from './support/contract-factories';
import { answer, mockedCall, startEachTestAsLigl } from './support/mocked-call';

jest.mock('../../client/src/api/call', () => ({ call: jest.fn() }));

startEachTestAsLigl();
let navigateTo: jest.SpyInstance;
beforeEach(() => {
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { teamId: TEAM.id } } } as never);
  navigateTo = jest.spyOn(Taro, 'navigateTo').mockImplementation((() => Promise.resolve()) as never);
});

describe('choosing packages', () => {
  it('includes the basic package, explains who may not choose a package, and totals what she pays', async () => {
    answer({ 'contract.packages': { team: TEAM, packages: SHILONGHU_OFFERS }, 'contract.mine': mineOf(), 'resident.listMine': LIGL_ALONE });
    renderPage(ChoosePage);
    expect(await screen.findByText('必选，已包含')).toBeTruthy();
    expect(screen.getByText('仅适用于孕产妇和0-6岁儿童')).toBeTruthy();
    expect(screen.getByText('符合条件：已登记：高血压')).toBeTruthy();
    expect(screen.getByText('每年个人自付：免费')).toBeTruthy();

    fireEvent.click(screen.getByLabelText(/^妇幼保健包，不符合条件/));
    expect(screen.getByText('每年个人自付：免费')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('慢病管理包'));
    expect(screen.getByText('每年个人自付：140元')).toBeTruthy();
    expect(screen.getByText('医保统筹支付 60元，合计 200元')).toBeTruthy();

    fireEvent.click(screen.getByText('下一步：阅读签约协议'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/sign/pages/confirm/index?teamId=team-cg-shilonghu&purpose=new&codes=chronic' });
  });

  it('makes it a switch when she is signed with another team, and asks why', async () => {
    const current = contractOf({ id: 'ct-old', team: { ...TEAM, id: 'team-cg-luolong', name: '呈贡区洛龙社区家庭医生团队' } });
    answer({ 'contract.packages': { team: TEAM, packages: SHILONGHU_OFFERS }, 'contract.mine': mineOf({ current }), 'resident.listMine': LIGL_ALONE });
    renderPage(ChoosePage);
    expect(await screen.findByText('换签：选择服务包')).toBeTruthy();
    expect(screen.getByText(/您已与呈贡区洛龙社区家庭医生团队签约/)).toBeTruthy();
    fireEvent.click(screen.getByText('下一步：阅读签约协议'));
    expect(screen.getByText('请填写换签原因（至少2个字）')).toBeTruthy();
    expect(navigateTo).not.toHaveBeenCalled();
  });

  it('tells a family member without the 签约 scope that they cannot sign here', async () => {
    answer({ 'contract.packages': { team: TEAM, packages: SHILONGHU_OFFERS }, 'contract.mine': mineOf({ canSign: false }), 'resident.listMine': LIGL_ALONE });
    renderPage(ChoosePage);
    expect(await screen.findByText(/您没有为TA签约的代管权限/)).toBeTruthy();
    expect(screen.queryByText('下一步：阅读签约协议')).toBeNull();
    expect(mockedCall).toHaveBeenCalledWith('contract.packages', { teamId: TEAM.id });
  });
});

describe('the contract card on the me tab', () => {
  it('shows her contract and, for staff, the review queue', async () => {
    answer({
      'contract.overview': {
        people: [{ residentId: 'rs-ligl', name: '李桂兰', self: true, relationLabel: null, current: contractOf(), next: null }],
        notices: [],
        review: { teamName: TEAM.name, pending: 2 },
      },
    });
    renderPage(() => <ContractCard />);
    expect(await screen.findByText('已签约，生效中')).toBeTruthy();
    expect(screen.getByText('呈贡区石龙湖社区家庭医生团队 · 服务期至2027年3月9日')).toBeTruthy();
    expect(screen.getByText('签约审核（待审核 2 份）')).toBeTruthy();
    fireEvent.click(screen.getByText('李桂兰（本人）'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/sign/pages/contract/index?contractId=ct-test' });
  });

  it('stays out of the way when the contract service does not answer', async () => {
    mockedCall.mockRejectedValue(new Error('offline'));
    const page = renderPage(() => <ContractCard />);
    await waitFor(() => expect(mockedCall).toHaveBeenCalled());
    expect(page.container.textContent).toBe('');
  });
});

describe('the contract card for someone new', () => {
  it('points to the map to find a team', async () => {
    answer({ 'contract.overview': { people: [], notices: [], review: null } });
    const switchTab = jest.spyOn(Taro, 'switchTab').mockImplementation((() => Promise.resolve()) as never);
    renderPage(() => <ContractCard />);
    fireEvent.click(await screen.findByText('在地图上找团队签约'));
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/map/index' });
  });
});

describe('the signed contract page', () => {
  it('opens the reminders and three prescriptions, and booking, for the person the contract is for', async () => {
    jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { contractId: 'ct-1' } } } as never);
    answer({ 'contract.get': contractOf({ id: 'ct-1', residentId: 'rs-mother', status: 'active' }), 'contract.mine': mineOf() });
    renderPage(ContractPage);
    fireEvent.click(await screen.findByText('用药提醒与三个处方'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/reminders/pages/index/index?residentId=rs-mother' });
    fireEvent.click(screen.getByText('预约家庭医生'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/appointments/pages/index/index?residentId=rs-mother' });
  });

  it('offers no service entries while the application waits for review', async () => {
    jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { contractId: 'ct-2' } } } as never);
    answer({ 'contract.get': contractOf({ id: 'ct-2', status: 'pending_review' }), 'contract.mine': mineOf() });
    renderPage(ContractPage);
    await screen.findByText('办理进度');
    expect(screen.queryByText('用药提醒与三个处方')).toBeNull();
  });
});
