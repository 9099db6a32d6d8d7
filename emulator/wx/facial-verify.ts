import crypto from 'node:crypto';
import type { EmulatorDatabase } from '../db';

/** Every result of `wx.startFacialRecognitionVerify`, kept by its `verifyResult` as WeChat keeps it. */
export const FACE_RESULTS_COLLECTION = 'wxFaceResults';
/** The real person behind an account (微信实名), for accounts the emulator knows one for. */
export const REAL_NAMES_COLLECTION = 'wxRealNames';
/** How long `getinfo` answers for a `verifyResult`; later it is 84002 (user info expired). */
export const FACE_RESULT_TTL_MS = 60 * 60_000;

export interface FaceStartReply {
  errCode: number;
  errMsg: string;
  verifyResult?: string;
}

const md5 = (text: string) => crypto.createHash('md5').update(text, 'utf8').digest('hex');
const normalizeId = (id: string) => id.replace(/\s+/g, '').toUpperCase();

/**
 * WeChat's 人脸核身 for medical mini-programs, played locally. The mini-program calls
 * `wx.startFacialRecognitionVerify({ name, idCardNumber })`; WeChat compares the live face with the
 * photo of that ID number and hands the mini-program a `verifyResult`, which the server checks with
 * `POST /cityservice/face/identify/getinfo` (answered here through the SDK's `wx.api`, as CloudBase
 * relays it). There is no camera locally: the person in front of it is taken to be the signed-in
 * account's real person when the emulator knows one (`enroll`; the demo personas are enrolled), so
 * an account cannot pass as somebody else; for an account it does not know, the check passes for the
 * name and number given.
 */
export class FacialVerification {
  constructor(
    private readonly db: EmulatorDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {
    db.ensureCollection(FACE_RESULTS_COLLECTION);
    db.ensureCollection(REAL_NAMES_COLLECTION);
  }

  /** Records who the person behind `openid` really is. */
  enroll(openid: string, name: string, idCardNumber: string): void {
    this.db.removeMany(REAL_NAMES_COLLECTION, { _id: openid });
    this.db.insert(REAL_NAMES_COLLECTION, [{ _id: openid, name, idCardNumber: normalizeId(idCardNumber) }]);
  }

  /** The user goes through the face check for `name` and `idCardNumber` in the mini-program. */
  start(openid: string, request: { name?: unknown; idCardNumber?: unknown }): FaceStartReply {
    const name = typeof request.name === 'string' ? request.name.trim() : '';
    const id = typeof request.idCardNumber === 'string' ? normalizeId(request.idCardNumber) : '';
    if (!name || !/^\d{17}[\dX]$/.test(id)) return { errCode: 10001, errMsg: 'startFacialRecognitionVerify:fail invalid name or idCardNumber' };
    const [real] = this.db.find(REAL_NAMES_COLLECTION, { _id: openid });
    if (real && (real.name !== name || real.idCardNumber !== id)) {
      return { errCode: 10002, errMsg: 'startFacialRecognitionVerify:fail face does not match the ID card' };
    }
    const verifyResult = crypto.randomBytes(24).toString('base64url');
    const at = this.now();
    this.db.insert(FACE_RESULTS_COLLECTION, [
      { _id: verifyResult, openid, idCardNumberMd5: md5(id), nameMd5: md5(name), identifyTime: Math.floor(at.getTime() / 1000), atMs: at.getTime() },
    ]);
    return { errCode: 0, errMsg: 'startFacialRecognitionVerify:ok', verifyResult };
  }

  /** A check that must pass (the demo story's personas as themselves): its `verifyResult`, or an error. */
  passed(openid: string, name: string, idCardNumber: string): string {
    const reply = this.start(openid, { name, idCardNumber });
    if (!reply.verifyResult) throw new Error(`人脸核身 of ${name} for ${openid} did not pass: ${reply.errMsg}`);
    return reply.verifyResult;
  }

  /** `POST /cityservice/face/identify/getinfo` with `{ verify_result }`, answered as WeChat does. */
  getInfo(request: unknown): Record<string, unknown> {
    const verifyResult = (request as { verify_result?: unknown } | null)?.verify_result;
    if (typeof verifyResult !== 'string' || verifyResult === '') return { errcode: 84001, errmsg: 'invalid identify id' };
    const [doc] = this.db.find(FACE_RESULTS_COLLECTION, { _id: verifyResult });
    if (!doc) return { errcode: 84001, errmsg: 'invalid identify id' };
    if (this.now().getTime() - Number(doc.atMs) > FACE_RESULT_TTL_MS) return { errcode: 84002, errmsg: 'user info expired' };
    return {
      errcode: 0,
      errmsg: 'ok',
      identify_ret: 0,
      identify_time: doc.identifyTime,
      validate_data: '',
      openid: doc.openid,
      user_id_key: '',
      finish_time: doc.identifyTime,
      id_card_number_md5: doc.idCardNumberMd5,
      name_utf8_md5: doc.nameMd5,
    };
  }
}
