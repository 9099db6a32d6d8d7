import { cloudbase } from '../cloudbase';

/** What WeChat says about one 人脸核身 (`/cityservice/face/identify/getinfo`). */
export interface FaceResult {
  /** The account that went through the check. */
  openid: string;
  /** 0 when the face matched the ID number's photo. */
  identifyRet: number;
  /** When the check was done. */
  identifiedAt: Date;
  /** MD5 of the ID number (X upper-case) and of the name (UTF-8) the check was for. */
  idCardNumberMd5: string;
  nameMd5: string;
}

export type FaceLookup = { ok: true; result: FaceResult } | { ok: false; errcode: number };

type Env = { log(message: string, extra?: Record<string, unknown>): void };

/**
 * Asks WeChat for the result behind a `verifyResult` that `wx.startFacialRecognitionVerify` handed the
 * mini-program (the mini-program's word is never taken for it). On CloudBase the call goes out through
 * the open-API relay of `callWxOpenApi` (declare the API in the function's permissions); locally the
 * emulator answers it. Never throws: a failed call is `{ ok: false }` with WeChat's errcode, or -1.
 */
export async function lookUpFaceResult(env: Env, verifyResult: string): Promise<FaceLookup> {
  try {
    const reply = (await cloudbase().callWxOpenApi({
      apiName: '/cityservice/face/identify/getinfo',
      requestData: { verify_result: verifyResult },
    })) as { result?: Record<string, unknown> };
    const r = reply.result ?? {};
    const errcode = typeof r.errcode === 'number' ? r.errcode : -1;
    if (errcode !== 0) return { ok: false, errcode };
    if (typeof r.openid !== 'string' || typeof r.id_card_number_md5 !== 'string' || typeof r.name_utf8_md5 !== 'string') {
      return { ok: false, errcode: -1 };
    }
    return {
      ok: true,
      result: {
        openid: r.openid,
        identifyRet: typeof r.identify_ret === 'number' ? r.identify_ret : -1,
        identifiedAt: new Date(Number(r.identify_time) * 1000),
        idCardNumberMd5: r.id_card_number_md5.toLowerCase(),
        nameMd5: r.name_utf8_md5.toLowerCase(),
      },
    };
  } catch (err) {
    env.log('face result lookup failed', { error: err instanceof Error ? err.message : String(err) });
    return { ok: false, errcode: -1 };
  }
}
