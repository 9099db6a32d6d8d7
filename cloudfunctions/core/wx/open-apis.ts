/**
 * The WeChat open APIs the functions call (`cloudbase().callWxOpenApi({ apiName })`), by request path,
 * with the name under which a calling function must declare each in its `config.json`
 * (`"permissions": { "openapi": [...] }`, WeChat's 云调用 permission list; a call a function has not
 * declared is refused in the cloud). `tests/unit/architecture-open-apis.test.ts` checks every function's
 * declarations against the calls its code can reach; a new API is added here first.
 */
export const OPEN_API_PERMISSIONS = {
  /** Subscribe messages (`core/wx/subscribe-message.ts`). */
  '/cgi-bin/message/subscribe/send': 'subscribeMessage.send',
  /** The number behind WeChat's phone-number button (`core/wx/phone-number.ts`). */
  '/wxa/business/getuserphonenumber': 'phonenumber.getPhoneNumber',
  /** ID-card OCR (`core/wx/id-card-ocr.ts`). */
  '/cv/ocr/idcard': 'ocr.idcard',
  /**
   * The result of a 人脸核身 (`core/wx/face-verify.ts`). WeChat documents this API for HTTPS only and
   * names no 云调用 for it; it is declared under the name its path gives, next to the others.
   */
  '/cityservice/face/identify/getinfo': 'cityservice.face.identify.getinfo',
} as const satisfies Record<string, string>;

export type OpenApiPath = keyof typeof OPEN_API_PERMISSIONS;
