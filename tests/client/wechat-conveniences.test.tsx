import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { call } from '../../client/src/api/call';
import { ApiCallError } from '../../client/src/api/api-call-error';
import { phoneFromButton } from '../../client/src/lib/wechat-phone';
import ProfileEditPage from '../../client/src/packages/family/pages/profile-edit/index';
import { VerifyForm } from '../../client/src/packages/family/components/verify-form';
import { formInputs } from './support/form-inputs';
import { renderPage } from './support/render-page';
import { guardianshipOf, profileOf } from './support/family-factories';

jest.mock('../../client/src/api/call', () => ({ call: jest.fn() }));
const mockedCall = call as jest.MockedFunction<typeof call>;

const { input } = formInputs('family');

let realFetch: typeof fetch;
beforeEach(() => {
  mockedCall.mockReset();
  realFetch = global.fetch;
});
afterEach(() => {
  global.fetch = realFetch;
  process.env.TARO_ENV = 'h5';
  jest.restoreAllMocks();
});

describe('the phone number from WeChat', () => {
  it('asks the backend for the number only when the user agreed in WeChat’s dialog', async () => {
    expect(await phoneFromButton({ errMsg: 'getPhoneNumber:fail user deny' })).toBeNull();
    expect(mockedCall).not.toHaveBeenCalled();

    mockedCall.mockResolvedValueOnce({ phone: '13987650001' } as never);
    expect(await phoneFromButton({ code: 'c-1', errMsg: 'getPhoneNumber:ok' })).toEqual({ phone: '13987650001' });
    expect(mockedCall).toHaveBeenCalledWith('resident.wechatPhone', { code: 'c-1' });

    mockedCall.mockRejectedValueOnce(new ApiCallError('INVALID_INPUT', '微信授权已过期，请再点一次“使用微信手机号”', 'phone'));
    expect(await phoneFromButton({ code: 'c-2' })).toEqual({ error: '微信授权已过期，请再点一次“使用微信手机号”' });
  });

  const editOwn = (viewer: 'self' | 'guardian') => {
    const own = profileOf({ id: 'rs-ligl', name: '李桂兰', phone: '13987650001', viewer: { as: viewer, scopes: ['view', 'sign'] } });
    mockedCall.mockImplementation(((action: string) => Promise.resolve(action === 'resident.getProfile' ? own : { phone: '13900001111' })) as never);
    jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { residentId: 'rs-ligl' } } } as never);
    renderPage(ProfileEditPage);
  };

  it('has no WeChat button in the browser build, where the number is typed', async () => {
    editOwn('self');
    await screen.findByText('保存修改');
    expect(screen.queryByText('使用微信绑定的手机号')).toBeNull();
  });

  it('fills her own number from WeChat’s button in the mini-program', async () => {
    process.env.TARO_ENV = 'weapp';
    editOwn('self');
    const button = await screen.findByText('使用微信绑定的手机号');
    const host = button.closest('taro-button-core') ?? button;
    host.dispatchEvent(new CustomEvent('getphonenumber', { detail: { code: 'c-3', errMsg: 'getPhoneNumber:ok' } }));
    await waitFor(() => expect(mockedCall).toHaveBeenCalledWith('resident.wechatPhone', { code: 'c-3' }));
    await waitFor(() => expect(input('phone').value).toBe('13900001111'));
  });

  it('offers no WeChat button to a family member editing her record: WeChat knows only the user’s own number', async () => {
    process.env.TARO_ENV = 'weapp';
    editOwn('guardian');
    await screen.findByText('保存修改');
    expect(screen.queryByText('使用微信绑定的手机号')).toBeNull();
  });
});

describe('reading an ID card from a photo at the service station', () => {
  const item = {
    guardianship: guardianshipOf({ id: 'g-zxy', residentId: 'rs-zxy', guardianName: '王敏', relation: 'parent', status: 'pending', consentRoute: 'in_person', requestedScopes: ['view', 'sign'] }),
    resident: { id: 'rs-zxy', name: '张秀英', gender: 'female' as const, age: 78, idNumberMasked: '5301*************9', address: '昆明市呈贡区石龙湖社区5栋' },
  };
  const CARD = { name: '张秀英', gender: 'female' as const, birthDate: '1948-05-06', idNumber: '530114194805061229', address: '云南省昆明市呈贡区洛龙街道石龙湖社区5栋2单元301号' };

  function photoUpload() {
    jest.spyOn(Taro, 'chooseImage').mockResolvedValue({ tempFilePaths: ['blob:card'], tempFiles: [], errMsg: 'chooseImage:ok' } as never);
    const fetched = jest.fn(async (url: string, init?: RequestInit) => {
      if (url === 'blob:card') return { ok: true, arrayBuffer: async () => new Uint8Array([1, 2, 3]).buffer };
      expect(url).toBe('/__dev/wx/uploadImage');
      expect(JSON.parse(String(init?.body))).toEqual({ base64: 'AQID' });
      return { ok: true, json: async () => ({ url: 'http://127.0.0.1:8787/__dev/wx/images/abc' }) };
    });
    global.fetch = fetched as unknown as typeof fetch;
  }

  it('fills the full number from the photo and says what the card says', async () => {
    photoUpload();
    mockedCall.mockResolvedValue(CARD as never);
    render(<VerifyForm item={item} onDone={jest.fn()} />);
    fireEvent.click(screen.getByText('拍身份证识别'));
    expect(await screen.findByText('已从身份证读取：张秀英，女，1948-05-06出生')).toBeTruthy();
    expect(mockedCall).toHaveBeenCalledWith('resident.readIdCard', { imageUrl: 'http://127.0.0.1:8787/__dev/wx/images/abc' });
    await waitFor(() => expect(input('idNumber').value).toBe('530114194805061229'));
  });

  it('warns when the card is someone else’s', async () => {
    photoUpload();
    mockedCall.mockResolvedValue({ ...CARD, name: '张秀兰' } as never);
    render(<VerifyForm item={item} onDone={jest.fn()} />);
    fireEvent.click(screen.getByText('拍身份证识别'));
    expect(await screen.findByText('身份证上的姓名是“张秀兰”，与档案“张秀英”不一致，请核对是否拿错了证件')).toBeTruthy();
  });

  it('says to take the photo again, under the number, when no card is found', async () => {
    photoUpload();
    mockedCall.mockRejectedValue(new ApiCallError('INVALID_INPUT', '照片里没有找到身份证人像面，请对准有照片的一面重拍', 'photo'));
    render(<VerifyForm item={item} onDone={jest.fn()} />);
    fireEvent.click(screen.getByText('拍身份证识别'));
    expect(await screen.findByText('照片里没有找到身份证人像面，请对准有照片的一面重拍')).toBeTruthy();
    expect(document.querySelector('.family-field--idNumber .ui-field-error')?.textContent).toBe('照片里没有找到身份证人像面，请对准有照片的一面重拍');
  });

  it('does nothing when the camera is cancelled', async () => {
    jest.spyOn(Taro, 'chooseImage').mockRejectedValue({ errMsg: 'chooseImage:fail cancel' } as never);
    render(<VerifyForm item={item} onDone={jest.fn()} />);
    fireEvent.click(screen.getByText('拍身份证识别'));
    await waitFor(() => expect(Taro.chooseImage).toHaveBeenCalled());
    expect(mockedCall).not.toHaveBeenCalled();
    expect(document.querySelector('.ui-field-error')).toBeNull();
  });

  describe('on the profile form, for the team', () => {
    const editAs = (viewer: 'staff' | 'self', card = CARD) => {
      const record = profileOf({ id: 'rs-zxy', name: '张秀英', address: '呈贡区石龙湖社区', viewer: { as: viewer, scopes: ['view'] } });
      mockedCall.mockImplementation(((action: string) => Promise.resolve(action === 'resident.getProfile' ? record : card)) as never);
      jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { residentId: 'rs-zxy' } } } as never);
      renderPage(ProfileEditPage);
    };

    it('fills the address from her ID card when a team member reads it at the station', async () => {
      photoUpload();
      editAs('staff');
      fireEvent.click(await screen.findByText('拍身份证识别'));
      expect(await screen.findByText('已从身份证读取：张秀英，女，1948-05-06出生')).toBeTruthy();
      await waitFor(() => expect(input('address').value).toBe(CARD.address));
    });

    it('keeps the address when the card carries another name', async () => {
      photoUpload();
      editAs('staff', { ...CARD, name: '张秀兰' });
      fireEvent.click(await screen.findByText('拍身份证识别'));
      expect(await screen.findByText('身份证上的姓名是“张秀兰”，与档案“张秀英”不一致，请核对是否拿错了证件')).toBeTruthy();
      await waitFor(() => expect(input('address').value).toBe('呈贡区石龙湖社区'));
    });

    it('offers no card reading to the resident herself', async () => {
      editAs('self');
      await screen.findByText('保存修改');
      expect(screen.queryByText('拍身份证识别')).toBeNull();
    });
  });
});
