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

/**
 * Answers the SDK's `wx.api` action (`app.callWxOpenApi`), the way CloudBase relays it to WeChat:
 * the WeChat reply travels JSON-encoded in `data.responseData`. The APIs below are served; any other
 * answers 48001 (not authorised) as WeChat would.
 */
export function handleWxApi(body: Record<string, unknown>, wx: WxServices): Record<string, unknown> {
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
  let reply: object;
  switch (body.apiName) {
    case '/cgi-bin/message/subscribe/send':
      reply = wx.messages.send(request);
      break;
    case '/wxa/business/getuserphonenumber':
      reply = wx.phones.exchange(request);
      break;
    case '/cv/ocr/idcard':
      reply = wx.idCards.recognize(request);
      break;
    case '/cityservice/face/identify/getinfo':
      reply = wx.faces.getInfo(request);
      break;
    default:
      reply = { errcode: 48001, errmsg: `api unauthorized: ${body.apiName} is not available in the local emulator` };
  }
  return { requestId, data: { responseData: JSON.stringify(reply) } };
}
