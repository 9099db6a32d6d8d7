import { z } from 'zod';
import { checkIdNumber, maskIdNumber, withCheckChar } from '../../shared/resident/id-number';
import { ZCreateProfileInput } from '../../shared/api/resident-profile';
import { zodErrorToApiError } from '../../shared/api/validation';

const LIGL = withCheckChar('53011419460308002'); // female, 1946-03-08, 呈贡区

const profile = (over: Record<string, unknown> = {}) => ({
  subject: 'self',
  name: '李桂兰',
  gender: 'female',
  birthDate: '1946-03-08',
  idNumber: LIGL,
  phone: '13987650001',
  address: '昆明市呈贡区石龙湖社区3栋',
  ...over,
});

function errorOf(schema: z.ZodTypeAny, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a validation error');
  return zodErrorToApiError(result.error);
}

describe('ID numbers (GB 11643-1999)', () => {
  it('accepts a valid number and reads the birth date and gender out of it', () => {
    expect(checkIdNumber(LIGL)).toEqual({ ok: true, idNumber: LIGL, birthDate: '1946-03-08', gender: 'female', regionCode: '530114' });
    expect(checkIdNumber('11010519491231002X')).toMatchObject({ ok: true, birthDate: '1949-12-31', gender: 'female' });
    expect(checkIdNumber(withCheckChar('53082219580101001'))).toMatchObject({ ok: true, gender: 'male' });
  });

  it('takes a lower-case x and spaces between digit groups', () => {
    expect(checkIdNumber('110105 19491231 002x')).toMatchObject({ ok: true, idNumber: '11010519491231002X' });
  });

  it('rejects a wrong check character', () => {
    const wrong = LIGL.slice(0, 17) + (LIGL[17] === '0' ? '1' : '0');
    expect(checkIdNumber(wrong)).toMatchObject({ ok: false, problem: 'checksum', message: '身份证号码校验位不正确，请核对后重新输入' });
  });

  it('rejects a birth date that is not on the calendar or lies in the future', () => {
    expect(checkIdNumber(withCheckChar('53011419460230002'))).toMatchObject({ ok: false, problem: 'date' });
    expect(checkIdNumber(withCheckChar('53011420230229002'))).toMatchObject({ ok: false, problem: 'date' });
    expect(checkIdNumber(withCheckChar('53011420240229002'))).toMatchObject({ ok: true, birthDate: '2024-02-29' });
    expect(checkIdNumber(withCheckChar('53011418991231002'))).toMatchObject({ ok: false, problem: 'date' });
    const tomorrowBorn = withCheckChar('53011420261124002');
    expect(checkIdNumber(tomorrowBorn, '2026-11-23')).toMatchObject({ ok: false, problem: 'date' });
    expect(checkIdNumber(tomorrowBorn, '2026-11-24')).toMatchObject({ ok: true });
  });

  it('rejects numbers of the wrong shape or with an unknown province', () => {
    for (const bad of ['', '5301141946030800', '53011419460308002X1', '5301141946030800A6', withCheckChar('99011419460308002')]) {
      expect(checkIdNumber(bad)).toMatchObject({ ok: false, problem: 'format' });
    }
  });

  it('masks a number to the first four digits and the check character, also from a mask of the older form', () => {
    expect(maskIdNumber(LIGL)).toBe(`5301*************${LIGL.slice(-1)}`);
    expect(maskIdNumber('11010519491231002x')).toBe('1101*************X');
    expect(maskIdNumber('5301**********0025')).toBe('5301*************5');
  });
});

describe('the profile form rules', () => {
  it('accepts a consistent profile and normalises the ID number', () => {
    const parsed = ZCreateProfileInput.parse(profile({ idNumber: ` ${LIGL.toLowerCase()} ` }));
    expect(parsed.idNumber).toBe(LIGL);
    expect(parsed).toMatchObject({ conditions: [], pregnancy: null, disability: null, livesAlone: false, gridId: null });
  });

  it('names the ID number field when its checksum is wrong', () => {
    const wrong = LIGL.slice(0, 17) + (LIGL[17] === '0' ? '1' : '0');
    expect(errorOf(ZCreateProfileInput, profile({ idNumber: wrong }))).toEqual({
      code: 'INVALID_INPUT',
      message: '身份证号码校验位不正确，请核对后重新输入',
      field: 'idNumber',
    });
  });

  it('refuses a birth date that disagrees with the ID number', () => {
    expect(errorOf(ZCreateProfileInput, profile({ birthDate: '1946-03-09' }))).toEqual({
      code: 'INVALID_INPUT',
      message: '出生日期与身份证号码不一致',
      field: 'birthDate',
    });
  });

  it('refuses a gender that disagrees with the ID number', () => {
    expect(errorOf(ZCreateProfileInput, profile({ gender: 'male' }))).toEqual({
      code: 'INVALID_INPUT',
      message: '性别与身份证号码不一致',
      field: 'gender',
    });
  });

  it('asks for a mainland mobile number, a relation for a relative and a woman for pregnancy', () => {
    expect(errorOf(ZCreateProfileInput, profile({ phone: '0871-1234567' }))).toMatchObject({ field: 'phone', message: '请填写11位中国大陆手机号码' });
    expect(errorOf(ZCreateProfileInput, profile({ subject: 'relative' }))).toMatchObject({ field: 'relation', message: '请选择与对方的关系' });
    const man = withCheckChar('53011419800101001');
    expect(errorOf(ZCreateProfileInput, profile({ idNumber: man, gender: 'male', birthDate: '1980-01-01', pregnancy: { dueDate: '2027-01-01' } })))
      .toMatchObject({ field: 'pregnancy' });
  });

  it('writes every rule a person can break in Chinese', () => {
    const cases: Record<string, unknown>[] = [{ name: 'A' }, { name: undefined }, { address: '昆明' }, { birthDate: '1946-02-30' }, { conditions: ['flu'] }];
    for (const over of cases) expect(errorOf(ZCreateProfileInput, profile(over)).message).toMatch(/[\u4e00-\u9fff]/);
  });
});
