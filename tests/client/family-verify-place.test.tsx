import Taro from '@tarojs/taro';
import { screen } from '@testing-library/react';
import { resetActingAsCache } from '../../client/src/components/acting-as-store';
import FamilyHome from '../../client/src/packages/family/pages/index/index';
import { answer, mockedCall } from './support/mocked-call';
import { renderPage } from './support/render-page';
import { familyOf, guardianshipOf, profileOf } from './support/family-factories';

jest.mock('../../client/src/api/call', () => ({ call: jest.fn() }));

beforeEach(() => {
  mockedCall.mockReset();
  window.localStorage.clear();
  resetActingAsCache();
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: {} } } as never);
});
afterEach(() => jest.restoreAllMocks());

const pending = guardianshipOf({ id: 'g-zhang', residentId: 'rs-zhang', residentName: '张秀英', consentRoute: 'in_person', status: 'pending', effectiveScopes: [] });

describe('a relative whose consent is checked in person', () => {
  it('names the team’s station, its address and hours, and offers to call the team', async () => {
    const family = familyOf({
      self: profileOf({ id: 'rs-wangmin', name: '王敏' }),
      managed: [pending],
      verifyAt: [{ guardianshipId: 'g-zhang', teamName: '呈贡区石龙湖社区家庭医生团队', teamPhone: '0871-67482316', station: { name: '石龙湖社区卫生服务站', address: '石龙路 15 号', hours: '周一至周五 8:30-17:30' } }],
    });
    answer({ 'resident.listMine': family });
    renderPage(FamilyHome);
    expect(await screen.findByText('请陪张秀英去服务站当面确认')).toBeTruthy();
    expect(screen.getByText('石龙湖社区卫生服务站')).toBeTruthy();
    expect(screen.getByText('地址：石龙路 15 号')).toBeTruthy();
    expect(screen.getByText('开放时间：周一至周五 8:30-17:30')).toBeTruthy();
    expect(screen.getByText('拨打电话 0871-67482316').closest('a')?.getAttribute('href')).toBe('tel:087167482316');
  });

  it('still says what to do when the station is not known to the caller', async () => {
    answer({ 'resident.listMine': familyOf({ managed: [pending] }) });
    renderPage(FamilyHome);
    expect(await screen.findByText('请到对方所在社区的家庭医生服务站。')).toBeTruthy();
    expect(screen.queryByText(/拨打电话/)).toBeNull();
  });
});
