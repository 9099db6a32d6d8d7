import fs from 'node:fs';
import path from 'node:path';
import { startBackend, type Backend } from './harness';
import { code } from './contract-fixtures';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(() => backend?.close());

const MOTHER = 'o-resident-ligl';
const STAFF = 'o-staff-zhangyi';
const SAMPLE = path.resolve(__dirname, '../../emulator/wx/fixtures/id-card-sample.png');

/** Plays the user agreeing in WeChat's phone-number dialog; the answer is the button's one-time code. */
async function phoneCode(openid: string, phoneNumber?: string): Promise<string> {
  const res = await fetch(`${backend.emulator.url}/__dev/wx/getPhoneNumber`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-openid': openid },
    body: JSON.stringify(phoneNumber ? { phoneNumber } : {}),
  });
  return ((await res.json()) as { code: string }).code;
}

/** Uploads a picture as the mini-program uploads a photo to cloud storage; the answer is its URL. */
async function upload(bytes: Buffer): Promise<string> {
  const res = await fetch(`${backend.emulator.url}/__dev/wx/uploadImage`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ base64: bytes.toString('base64') }),
  });
  return ((await res.json()) as { url: string }).url;
}

describe('the phone number from WeChat', () => {
  it('gives the caller the number bound to their WeChat for the button’s code, once', async () => {
    const once = await phoneCode(MOTHER, '13987650001');
    expect(await backend.ok(MOTHER, 'resident.wechatPhone', { code: once })).toEqual({ phone: '13987650001' });
    expect(await backend.call(MOTHER, 'resident.wechatPhone', { code: once })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'phone', message: '微信授权已过期，请再点一次“使用微信手机号”' },
    });
  });

  it('refuses a made-up code and a caller without WeChat identity', async () => {
    expect(code(await backend.call(MOTHER, 'resident.wechatPhone', { code: 'not-a-code' }))).toBe('INVALID_INPUT');
    expect(code(await backend.call(MOTHER, 'resident.wechatPhone', { code: '' }))).toBe('INVALID_INPUT');
    expect(code(await backend.call(null, 'resident.wechatPhone', { code: await phoneCode(MOTHER) }))).toBe('UNAUTHENTICATED');
  });

  it('gives each user a mainland number of their own when none is chosen', async () => {
    const { phone } = await backend.ok(MOTHER, 'resident.wechatPhone', { code: await phoneCode(MOTHER) });
    expect(phone).toMatch(/^1[3-9]\d{9}$/);
    expect((await backend.ok(MOTHER, 'resident.wechatPhone', { code: await phoneCode(MOTHER) })).phone).toBe(phone);
  });
});

describe('reading an ID card from a photo', () => {
  it('reads the sample card for a team member, with the birth date and gender from the number, and logs none of it', async () => {
    const logged = jest.spyOn(console, 'log');
    const imageUrl = await upload(fs.readFileSync(SAMPLE));
    const card = await backend.ok(STAFF, 'resident.readIdCard', { imageUrl });
    expect(card).toEqual({ name: '张秀英', gender: 'female', birthDate: '1948-05-06', idNumber: '530114194805061229', address: '云南省昆明市呈贡区洛龙街道石龙湖社区5栋2单元301号' });
    expect(JSON.stringify(logged.mock.calls)).not.toMatch(/530114194805061229|张秀英/);
    expect(backend.emulator.db.count('requests', {})).toBe(0);
    logged.mockRestore();
  });

  it('says which photo to take again when there is no card in it or it cannot be fetched', async () => {
    const notACard = await upload(Buffer.from('a picture of a teapot'));
    expect(await backend.call(STAFF, 'resident.readIdCard', { imageUrl: notACard })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'photo', message: '照片里没有找到身份证人像面，请对准有照片的一面重拍' },
    });
    expect(code(await backend.call(STAFF, 'resident.readIdCard', { imageUrl: `${backend.emulator.url}/__dev/wx/images/unknown` }))).toBe('INVALID_INPUT');
    expect(await backend.call(STAFF, 'resident.readIdCard', { imageUrl: 'file:///etc/passwd' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'imageUrl' } });
  });

  it('is for team members only', async () => {
    const imageUrl = await upload(fs.readFileSync(SAMPLE));
    expect(await backend.call(MOTHER, 'resident.readIdCard', { imageUrl })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(code(await backend.call(null, 'resident.readIdCard', { imageUrl }))).toBe('UNAUTHENTICATED');
  });
});
