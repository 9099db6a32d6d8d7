import Taro from '@tarojs/taro';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { call } from '../../client/src/api/call';
import { ActingAsBanner, Page, setActingAs } from '../../client/src/components';
import { resetActingAsCache } from '../../client/src/components/acting-as-store';
import { renderPage } from './support/render-page';
import { familyOf, guardianshipOf, profileOf } from './support/family-factories';

jest.mock('../../client/src/api/call', () => ({ call: jest.fn() }));
const mockedCall = call as jest.MockedFunction<typeof call>;

function BannerPage() {
  return (
    <Page title='测试'>
      <ActingAsBanner />
    </Page>
  );
}

beforeEach(() => {
  mockedCall.mockReset();
  window.localStorage.clear();
  resetActingAsCache();
});

const family = familyOf({
  self: profileOf({ id: 'rs-wangmin', name: '王敏' }),
  managed: [
    guardianshipOf({ id: 'g-1', residentId: 'rs-ligl', residentName: '李桂兰', relation: 'parent', status: 'active', effectiveScopes: ['view', 'book'] }),
    guardianshipOf({ id: 'g-2', residentId: 'rs-zhang', residentName: '张秀英', relation: 'grandparent', status: 'pending', consentRoute: 'in_person', effectiveScopes: [] }),
  ],
});

describe('the act-as banner', () => {
  it('starts on the user’s own profile and switches to a parent with one tap, remembered on the phone', async () => {
    mockedCall.mockResolvedValue(family as never);
    const page = renderPage(BannerPage);
    expect(await screen.findByText('王敏（本人）')).toBeTruthy();
    expect(screen.getByText('当前办理对象')).toBeTruthy();

    fireEvent.click(screen.getByText('切换'));
    expect(screen.getByText('待社区医生核实')).toBeTruthy();
    fireEvent.click(screen.getByText('李桂兰（父母）'));

    expect(await screen.findByText('正在为家人办理')).toBeTruthy();
    expect(page.container.querySelector('.acting-as--other')).not.toBeNull();
    expect(Taro.getStorageSync('yl.actingAs')).toMatchObject({ residentId: 'rs-ligl', name: '李桂兰', self: false });
  });

  it('does not let the user pick someone whose consent is still being checked', async () => {
    mockedCall.mockResolvedValue(family as never);
    const page = renderPage(BannerPage);
    await screen.findByText('王敏（本人）');
    fireEvent.click(screen.getByText('切换'));
    fireEvent.click(screen.getByText('张秀英（祖父母/外祖父母）'));
    expect(page.container.querySelector('.acting-as__name')?.textContent).toBe('王敏（本人）');
    expect(screen.queryByText('正在为家人办理')).toBeNull();
  });

  it('falls back to the user’s own profile when the chosen person’s access has ended', async () => {
    act(() => setActingAs({ residentId: 'rs-ligl', name: '李桂兰', self: false, relationLabel: '父母' }));
    const revoked = familyOf({ ...family, managed: [{ ...family.managed[0], status: 'revoked', effectiveScopes: [] }] });
    mockedCall.mockResolvedValue(revoked as never);
    renderPage(BannerPage);
    await waitFor(() => expect(screen.getByText('王敏（本人）')).toBeTruthy());
    expect(Taro.getStorageSync('yl.actingAs')).toMatchObject({ residentId: 'rs-wangmin', self: true });
  });

  it('grows to elder-mode sizes with the page', async () => {
    mockedCall.mockResolvedValue(family as never);
    const page = renderPage(BannerPage, { initialAccountElderMode: true });
    await screen.findByText('王敏（本人）');
    expect(page.root().className).toContain('ui-page--elder');
    expect(page.root().querySelector('.acting-as__switch')).not.toBeNull();
  });
});
