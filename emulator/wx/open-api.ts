import crypto from 'node:crypto';
import type { SubscribeMessages, WxReply } from './subscribe-message';

/**
 * Answers the SDK's `wx.api` action (`app.callWxOpenApi`), the way CloudBase relays it to WeChat:
 * the WeChat reply travels JSON-encoded in `data.responseData`.
 */
export function handleWxApi(body: Record<string, unknown>, messages: SubscribeMessages): Record<string, unknown> {
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
  let reply: WxReply;
  switch (body.apiName) {
    case '/cgi-bin/message/subscribe/send':
      reply = messages.send(request);
      break;
    default:
      reply = { errcode: 48001, errmsg: `api unauthorized: ${body.apiName} is not available in the local emulator` };
  }
  return { requestId, data: { responseData: JSON.stringify(reply) } };
}
