import Taro from '@tarojs/taro';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ApiCallError } from '../../client/src/api/api-call-error';
import IdentityPage from '../../client/src/packages/family/pages/identity/index';
import StaffIdentity from '../../client/src/packages/family/pages/staff-identity/index';
import ProfileForm from '../../client/src/packages/family/pages/profile-form/index';
import MePage from '../../client/src/pages/me/index';
import ProfilePage from '../../client/src/packages/family/pages/profile/index';
import { renderPage } from './support/render-page';
import { answer, mockedCall } from './support/mocked-call';
import { formInputs } from './support/form-inputs';
import { familyOf, profileOf } from './support/family-factories';
import { residentAccount } from './support/factories';
import { withCheckChar } from '../../shared/resident/id-number';

jest.mock('../../client/src/api/call', () => ({ call: jest.fn() }));

const LIGL_ID = withCheckChar('53011419460308002');
const UNVERIFIED = profileOf({ id: 'rs-ligl', name: '李桂兰', identity: { verified: false, method: null, at: null } });
const VERIFIED = { ...UNVERIFIED, identity: { verified: true, method: 'face' as const, at: '2026-11-30T02:00:00.000Z' } };

const params = (p: Record<string, string>) => jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: p } } as never);
const { input, type } = formInputs('family');

let navigateTo: jest.SpyInstance;
let navigateBack: jest.SpyInstance;
let toast: jest.SpyInstance;
let faceCheck: jest.Mock;
beforeEach(() => {
  mockedCall.mockReset();
  navigateTo = jest.spyOn(Taro, 'navigateTo').mockImplementation((() => Promise.resolve()) as never);
  navigateBack = jest.spyOn(Taro, 'navigateBack').mockImplementation((() => Promise.resolve()) as never);
  toast = jest.spyOn(Taro, 'showToast').mockImplementation((() => Promise.resolve()) as never);
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{ route: 'pages/me/index' }, { route: 'packages/family/pages/identity/index' }] as never);
  // The browser build's stand-in for wx.startFacialRecognitionVerify.
  faceCheck = jest.fn(() => Promise.resolve({ json: () => Promise.resolve({ errCode: 0, verifyResult: 'vr-from-wechat' }) }));
  (globalThis as { fetch?: unknown }).fetch = faceCheck;
});
afterEach(() => jest.restoreAllMocks());

describe('verifying one’s identity', () => {
  it('tells an unverified holder on her me tab what waits until she verifies, and leads her there and back', async () => {
    answer({ 'resident.me': residentAccount(), 'resident.listMine': familyOf({ self: UNVERIFIED }), 'contract.notices': { notices: [], unread: 0 } });
    renderPage(MePage);
    expect(await screen.findByText('身份尚未核验', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText(/家人的代管申请和谁看过您的信息会先替您保留/)).toBeTruthy();
    fireEvent.click(screen.getByText('核验本人身份'));
    expect(navigateTo).toHaveBeenCalledWith({ url: `/packages/family/pages/identity/index?back=${encodeURIComponent('/pages/me/index')}` });
  });

  it('says nothing on the me tab once she is verified', async () => {
    answer({ 'resident.me': residentAccount(), 'resident.listMine': familyOf({ self: VERIFIED }), 'contract.notices': { notices: [], unread: 0 } });
    renderPage(MePage);
    await screen.findByText('长辈模式');
    await waitFor(() => expect(mockedCall).toHaveBeenCalledWith('resident.listMine', {}));
    expect(screen.queryByText('身份尚未核验')).toBeNull();
  });

  it('runs 人脸核身 for the name and number she types, has the backend check it, and returns her to her task', async () => {
    params({ back: encodeURIComponent('/pages/me/index') });
    answer({ 'resident.listMine': familyOf({ self: UNVERIFIED }), 'resident.verifyIdentity': { outcome: 'verified', profile: VERIFIED } });
    renderPage(IdentityPage);
    expect(await screen.findByText('为什么要核验身份')).toBeTruthy();
    await waitFor(() => expect(input('name').value).toBe('李桂兰'));
    await type('idNumber', LIGL_ID);
    fireEvent.click(screen.getByText('开始人脸核身'));
    await waitFor(() => expect(navigateBack).toHaveBeenCalledWith({ delta: 1 }));
    expect(JSON.parse(faceCheck.mock.calls[0][1].body)).toEqual({ name: '李桂兰', idCardNumber: LIGL_ID });
    expect(mockedCall).toHaveBeenCalledWith('resident.verifyIdentity', { verifyResult: 'vr-from-wechat' }, { requestId: expect.any(String) });
    await waitFor(() => expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '身份已核验' })));
  });

  it('points at the ID number, sending nothing, when it is missing, and shows the backend’s refusal there too', async () => {
    params({});
    answer({
      'resident.listMine': familyOf({ self: UNVERIFIED }),
      'resident.verifyIdentity': new ApiCallError('INVALID_INPUT', '人脸核身所用的姓名或身份证号与档案不一致', 'verifyResult'),
    });
    renderPage(IdentityPage);
    fireEvent.click(await screen.findByText('开始人脸核身'));
    expect(await screen.findByText('请填写身份证号码')).toBeTruthy();
    expect(faceCheck).not.toHaveBeenCalled();
    await type('idNumber', LIGL_ID);
    fireEvent.click(screen.getByText('开始人脸核身'));
    expect(await screen.findByText('人脸核身所用的姓名或身份证号与档案不一致')).toBeTruthy();
    expect(document.querySelector('.family-field--idNumber')!.className).toContain('family-field--invalid');
  });

  it('offers a code for in-person verification at the team', async () => {
    params({});
    answer({ 'resident.listMine': familyOf({ self: UNVERIFIED }), 'resident.identityCode': { code: '472913', expiresAt: '2026-11-30T03:00:00.000Z' } });
    renderPage(IdentityPage);
    fireEvent.click(await screen.findByText('获取核验码'));
    expect(await screen.findByText('472913')).toBeTruthy();
    expect(screen.getByLabelText('核验码 4 7 2 9 1 3')).toBeTruthy();
    expect(screen.getByText('2026年11月30日 11:00前有效，只能用一次')).toBeTruthy();
  });
});

describe('the profile says whether its holder is verified', () => {
  it('tells the holder what waits and leads her to verify, returning to the profile', async () => {
    params({ residentId: 'rs-ligl' });
    answer({ 'resident.getProfile': UNVERIFIED });
    renderPage(ProfilePage);
    expect(await screen.findByText('尚未核验（家人的代管申请和访问记录在核验后才交给本人）')).toBeTruthy();
    fireEvent.click(screen.getByText('核验本人身份'));
    const back = encodeURIComponent('/packages/family/pages/profile/index?residentId=rs-ligl');
    expect(navigateTo).toHaveBeenCalledWith({ url: `/packages/family/pages/identity/index?back=${back}` });
  });

  it('shows her team how she was verified, with no button to verify for her', async () => {
    params({ residentId: 'rs-ligl' });
    answer({ 'resident.getProfile': { ...VERIFIED, birthDate: null, viewer: { as: 'staff', scopes: [] } } });
    renderPage(ProfilePage);
    expect(await screen.findByText('已通过人脸核身')).toBeTruthy();
    expect(screen.queryByText('核验本人身份')).toBeNull();
  });
});

describe('claiming a record registered with her number', () => {
  it('offers the claim when registration finds her number taken, and carries what she typed to it', async () => {
    params({ back: encodeURIComponent('/packages/sign/pages/choose/index?teamId=team-cg-shilonghu') });
    answer({ 'resident.createProfile': new ApiCallError('CONFLICT', '该身份证号码已经建立过健康档案', 'idNumber') });
    renderPage(ProfileForm);
    await type('name', '李桂兰');
    await type('idNumber', LIGL_ID);
    await type('phone', '13987650001');
    await type('address', '昆明市呈贡区洛龙街道石龙湖社区3栋');
    fireEvent.click(screen.getByText('建立档案'));
    expect(await screen.findByText('这个身份证号已被登记，如果是您本人，可以通过人脸核身认领。认领后档案归您所有，之前登记的人不能再查看。')).toBeTruthy();
    fireEvent.click(screen.getByText('人脸核身认领档案'));
    const url = navigateTo.mock.calls[0][0].url as string;
    expect(url).toMatch(/^\/packages\/family\/pages\/identity\/index\?/);
    expect(url).toContain('claim=1');
    expect(url).not.toContain(LIGL_ID);
  });

  it('claims with a face check when she has no record of her own', async () => {
    params({ claim: '1' });
    answer({ 'resident.listMine': familyOf({ self: null }), 'resident.claimProfile': { outcome: 'claimed', profile: VERIFIED } });
    jest.spyOn(Taro, 'switchTab').mockImplementation((() => Promise.resolve()) as never);
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{ route: 'packages/family/pages/identity/index' }] as never);
    renderPage(IdentityPage);
    expect(await screen.findByText('认领您的健康档案')).toBeTruthy();
    await type('name', '李桂兰');
    await type('idNumber', LIGL_ID);
    fireEvent.click(screen.getByText('开始人脸核身'));
    await waitFor(() =>
      expect(mockedCall).toHaveBeenCalledWith('resident.claimProfile', { name: '李桂兰', idNumber: LIGL_ID, verifyResult: 'vr-from-wechat' }, { requestId: expect.any(String) }),
    );
  });
});

describe('in-person verification by staff', () => {
  it('checks the code and number before sending, then says whose record it now is', async () => {
    answer({ 'resident.verifyIdentityInPerson': { outcome: 'claimed', residentId: 'rs-zhang', residentName: '张秀英' } });
    renderPage(StaffIdentity);
    fireEvent.click(await screen.findByText('确认是本人'));
    expect(await screen.findByText('核验码是6位数字')).toBeTruthy();
    expect(mockedCall).not.toHaveBeenCalled();
    await type('idNumber', withCheckChar('53011419500615002'));
    await type('code', '472913');
    fireEvent.click(screen.getByText('确认是本人'));
    expect(await screen.findByText('已核验张秀英本人身份，档案已转到本人的微信账号，原持有人不能再访问')).toBeTruthy();
  });
});
