import { cloudbase } from '../cloudbase';
import { AppError } from '../errors';

type Env = { log(message: string, extra?: Record<string, unknown>): void };

interface PhoneReply {
  errcode?: number;
  errmsg?: string;
  phone_info?: { purePhoneNumber?: string; countryCode?: string };
}

/**
 * Exchanges the one-time code of WeChat's getPhoneNumber button for the number the user bound to
 * WeChat (`POST /wxa/business/getuserphonenumber`, cloud call `phonenumber.getPhoneNumber`). The
 * number is never logged. A code that is used, expired or unknown (40029) asks for another tap; a
 * number outside mainland China asks the user to type one, as the product's phone rule requires.
 */
export async function exchangePhoneCode(env: Env, code: string): Promise<string> {
  let reply: PhoneReply;
  try {
    const answer = (await cloudbase().callWxOpenApi({ apiName: '/wxa/business/getuserphonenumber', requestData: { code } })) as { result?: PhoneReply };
    reply = answer.result ?? {};
  } catch (err) {
    env.log('phone number exchange failed', { error: err instanceof Error ? err.message : String(err) });
    throw new AppError('INTERNAL', '暂时无法获取微信手机号，请直接填写', 'phone');
  }
  if (reply.errcode === 40029) throw new AppError('INVALID_INPUT', '微信授权已过期，请再点一次“使用微信手机号”', 'phone');
  const info = reply.phone_info;
  if (reply.errcode !== 0 || !info?.purePhoneNumber) {
    env.log('phone number exchange refused', { errcode: reply.errcode, errmsg: reply.errmsg });
    throw new AppError('INTERNAL', '暂时无法获取微信手机号，请直接填写', 'phone');
  }
  if (info.countryCode !== '86' || !/^1[3-9]\d{9}$/.test(info.purePhoneNumber)) {
    throw new AppError('INVALID_INPUT', '微信绑定的不是中国大陆手机号，请直接填写11位手机号码', 'phone');
  }
  return info.purePhoneNumber;
}
