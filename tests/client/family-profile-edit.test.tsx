import Taro from '@tarojs/taro';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { call } from '../../client/src/api/call';
import ProfileEditPage from '../../client/src/packages/family/pages/profile-edit/index';
import { finishDetour } from '../../client/src/lib/return-to';
import { renderPage } from './support/render-page';
import { formInputs } from './support/form-inputs';
import { watchScrolling } from './support/scrolling';
import { profileOf } from './support/family-factories';

jest.mock('../../client/src/api/call', () => ({ call: jest.fn() }));
const mockedCall = call as jest.MockedFunction<typeof call>;

const MOTHER = profileOf({
  id: 'rs-ligl',
  name: '李桂兰',
  birthDate: '1946-03-08',
  age: 80,
  phone: '13987650001',
  address: '昆明市呈贡区洛龙街道石龙湖社区3栋',
  conditions: ['hypertension'],
  viewer: { as: 'guardian', scopes: ['view', 'sign'] },
});
const BACK = '/packages/sign/pages/choose/index?teamId=team-cg-shilonghu&codes=chronic';

let redirectTo: jest.SpyInstance;
beforeEach(() => {
  mockedCall.mockReset();
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { residentId: 'rs-ligl', back: encodeURIComponent(BACK) } } } as never);
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{ route: 'packages/family/pages/profile-edit/index' }] as never);
  redirectTo = jest.spyOn(Taro, 'redirectTo').mockImplementation((() => Promise.resolve()) as never);
});
afterEach(() => jest.restoreAllMocks());

const { ready, type } = formInputs('family');

describe('editing a health profile', () => {
  it('starts from the saved values and sends only the changing facts, then returns to the step that needed it', async () => {
    mockedCall.mockImplementation(((action: string) =>
      Promise.resolve(action === 'resident.getProfile' ? MOTHER : { ...MOTHER, phone: '13987650009' })) as never);
    renderPage(ProfileEditPage);
    await screen.findByText('保存修改');
    expect((await ready('phone')).value).toBe('13987650001');
    expect(screen.getByText('身份证号')).toBeTruthy();

    await type('phone', '13987650009');
    fireEvent.click(screen.getByText('保存修改'));

    await waitFor(() => expect(mockedCall).toHaveBeenCalledWith('resident.updateProfile', expect.anything(), expect.anything()));
    const sent = mockedCall.mock.calls.find(([a]) => a === 'resident.updateProfile')![1] as Record<string, unknown>;
    expect(sent).toMatchObject({ residentId: 'rs-ligl', phone: '13987650009', conditions: ['hypertension'] });
    expect(sent).not.toHaveProperty('name');
    expect(sent).not.toHaveProperty('idNumber');
    await waitFor(() => expect(redirectTo).toHaveBeenCalledWith({ url: `${BACK}&notice=${encodeURIComponent('已保存李桂兰的健康档案')}` }));
  });

  it('shows family the age where only the resident sees the birth date, and saves with the receipt a change answers', async () => {
    const asFamily = { ...MOTHER, birthDate: null };
    mockedCall.mockImplementation(((action: string) =>
      Promise.resolve(action === 'resident.getProfile' ? asFamily : { id: 'rs-ligl', saved: true, viewer: MOTHER.viewer, updatedAt: MOTHER.updatedAt })) as never);
    renderPage(ProfileEditPage);
    await screen.findByText('保存修改');
    expect(screen.getByText('80岁')).toBeTruthy();
    expect(screen.queryByText('出生日期')).toBeNull();
    fireEvent.click(screen.getByText('保存修改'));
    await waitFor(() => expect(redirectTo).toHaveBeenCalledWith({ url: `${BACK}&notice=${encodeURIComponent('已保存李桂兰的健康档案')}` }));
  });

  it('refuses a wrong phone number under the field and sends nothing', async () => {
    mockedCall.mockResolvedValue(MOTHER as never);
    renderPage(ProfileEditPage);
    await screen.findByText('保存修改');
    await type('phone', '1398765');
    fireEvent.click(screen.getByText('保存修改'));
    expect(await screen.findByText('请填写11位中国大陆手机号码')).toBeTruthy();
    expect(document.querySelector('.family-field--phone.family-field--invalid')).not.toBeNull();
    expect(mockedCall).not.toHaveBeenCalledWith('resident.updateProfile', expect.anything(), expect.anything());
  });

  it('refuses an emoji in the address, points at that field and sends nothing', async () => {
    mockedCall.mockResolvedValue(MOTHER as never);
    const scrolling = watchScrolling();
    renderPage(ProfileEditPage);
    await screen.findByText('保存修改');
    await type('address', '昆明市呈贡区石龙湖社区🏠3栋');
    fireEvent.click(screen.getByText('保存修改'));
    expect(await screen.findByText('居住地址不能包含表情符号')).toBeTruthy();
    await scrolling.expectPointedAt('.family-field--address');
    expect(mockedCall).not.toHaveBeenCalledWith('resident.updateProfile', expect.anything(), expect.anything());
  });

  it('does not ask an 80-year-old woman about pregnancy, but asks a woman of 30', async () => {
    mockedCall.mockResolvedValue(MOTHER as never);
    const first = renderPage(ProfileEditPage);
    await screen.findByText('保存修改');
    expect(screen.queryByText('正在怀孕或产后42天内')).toBeNull();
    first.unmount();

    mockedCall.mockResolvedValue(profileOf({ birthDate: '1996-05-12', age: 30 }) as never);
    renderPage(ProfileEditPage);
    expect(await screen.findByText('正在怀孕或产后42天内')).toBeTruthy();
  });

  it('uncovers the waiting page as it was when that page is the one underneath', async () => {
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{ route: 'packages/sign/pages/choose/index' }, { route: 'packages/family/pages/profile-form/index' }] as never);
    const back = jest.spyOn(Taro, 'navigateBack').mockImplementation((() => Promise.resolve()) as never);
    const toast = jest.spyOn(Taro, 'showToast').mockImplementation((() => Promise.resolve()) as never);
    await finishDetour(BACK, '/packages/family/pages/index/index', '已建立您的健康档案');
    expect(back).toHaveBeenCalledWith({ delta: 1 });
    expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已建立您的健康档案' }));
    expect(redirectTo).not.toHaveBeenCalled();
  });

  it('never returns to an address outside the app', async () => {
    await finishDetour('https://example.com/phish', '/packages/family/pages/index/index', '已保存');
    expect(redirectTo).toHaveBeenCalledWith({ url: `/packages/family/pages/index/index?notice=${encodeURIComponent('已保存')}` });
  });
});
