import { fireEvent, screen } from '@testing-library/react';
import { call } from '../../client/src/api/call';
import ProfileForm from '../../client/src/packages/family/pages/profile-form/index';
import { fieldErrorsOf } from '../../client/src/lib/use-submit';
import { ZCreateProfileInput } from '../../shared/api/resident-profile';
import { renderPage } from './support/render-page';

jest.mock('../../client/src/api/call', () => ({ call: jest.fn() }));
const mockedCall = call as jest.MockedFunction<typeof call>;

beforeEach(() => mockedCall.mockReset());

describe('the profile form', () => {
  it('shows a Chinese error under every empty required field and sends nothing', () => {
    renderPage(ProfileForm);
    fireEvent.click(screen.getByText('建立档案'));
    expect(screen.getByText('请填写姓名')).toBeTruthy();
    expect(screen.getByText('请填写身份证号码')).toBeTruthy();
    expect(screen.getByText('请选择性别')).toBeTruthy();
    expect(screen.getByText('请填写手机号码')).toBeTruthy();
    expect(screen.getByText('请填写居住地址')).toBeTruthy();
    expect(screen.getByText('请按提示修改标红的内容')).toBeTruthy();
    expect(mockedCall).not.toHaveBeenCalled();
  });

  it('collects one message per field, keyed by the field path', () => {
    const result = ZCreateProfileInput.safeParse({ subject: 'self', name: '李', gender: 'female', birthDate: '1946-3-8', idNumber: '123', phone: '1', address: '昆明', pregnancy: { dueDate: 'x' } });
    if (result.success) throw new Error('expected errors');
    expect(fieldErrorsOf(result.error)).toMatchObject({
      name: '姓名至少2个字',
      birthDate: expect.stringContaining('出生日期'),
      idNumber: '身份证号码格式不正确，应为18位，最后一位可以是X',
      phone: '请填写11位中国大陆手机号码',
      address: '请填写详细的居住地址（至少5个字）',
      'pregnancy.dueDate': expect.stringContaining('预产期'),
    });
  });
});
