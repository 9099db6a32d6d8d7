import crypto from 'node:crypto';
import type { SubscribeMessages } from './subscribe-message';
import type { PhoneNumbers } from './phone-number';
import type { IdCardOcr } from './id-card-ocr';
import type { FacialVerification } from './facial-verify';

/** WeChat's services the emulator stands in for. */
export interface WxServices {
  messages: SubscribeMessages;
  phones: PhoneNumbers;
  idCards: IdCardOcr;
  faces: FacialVerification;
}

/** WeChat's answer to a cloud call its function did not declare in `config.json` (`permissions.openapi`). */
export const NOT_DECLARED = -604101;

type Serve = (wx: WxServices, request: unknown) => object;

/** The open APIs served here, by request path, with the name a function declares each under. */
export const SERVED_OPEN_APIS: Record<string, { permission: string; serve: Serve }> = {
  '/cgi-bin/message/subscribe/send': { permission: 'subscribeMessage.send', serve: (wx, r) => wx.messages.send(r) },
  '/wxa/business/getuserphonenumber': { permission: 'phonenumber.getPhoneNumber', serve: (wx, r) => wx.phones.exchange(r) },
  '/cv/ocr/idcard': { permission: 'ocr.idcard', serve: (wx, r) => wx.idCards.recognize(r) },
  '/cityservice/face/identify/getinfo': { permission: 'cityservice.face.identify.getinfo', serve: (wx, r) => wx.faces.getInfo(r) },
};

/**
 * Answers the SDK's `wx.api` action (`app.callWxOpenApi`), the way CloudBase relays it to WeChat:
 * the WeChat reply travels JSON-encoded in `data.responseData`. The APIs above are served; any other
 * answers 48001 (not authorised) as WeChat would. `declared` is what the calling function's
 * `config.json` declares: an API missing from it is refused with -604101, as in the cloud; null for a
 * caller outside the functions (the seed, a script), which is not checked.
 */
export function handleWxApi(body: Record<string, unknown>, wx: WxServices, declared: readonly string[] | null = null): Record<string, unknown> {
  const requestId = crypto.randomUUID();
  if (typeof body.apiName !== 'string') {
    return { requestId, code: 'INVALID_PARAM', message: 'apiName is required' };
  }
  let request: unknown = {};
  if (typeof body.requestData === 'string' && body.requestData !== '') {
    try {
      request = JSON.parse(body.requestData);
    } catch {
      return { requestId, code: 'INVALID_PARAM', message: 'requestData is not JSON' };
    }
  }
  const api = Object.prototype.hasOwnProperty.call(SERVED_OPEN_APIS, body.apiName) ? SERVED_OPEN_APIS[body.apiName] : null;
  let reply: object;
  if (!api) reply = { errcode: 48001, errmsg: `api unauthorized: ${body.apiName} is not available in the local emulator` };
  else if (declared && !declared.includes(api.permission)) {
    reply = { errcode: NOT_DECLARED, errmsg: `function has no permission to call ${api.permission}: declare it in config.json permissions.openapi` };
  } else reply = api.serve(wx, request);
  return { requestId, data: { responseData: JSON.stringify(reply) } };
}
