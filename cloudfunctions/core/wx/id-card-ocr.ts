import { cloudbase } from '../cloudbase';
import { AppError } from '../errors';
import { checkIdNumber } from '../../../shared/resident/id-number';
import { localDay } from '../../../shared/time/china-time';

type Env = { log(message: string, extra?: Record<string, unknown>): void; now(): Date };

interface OcrReply {
  errcode?: number;
  errmsg?: string;
  type?: string;
  name?: string;
  id?: string;
  addr?: string;
}

export interface IdCardFields {
  name: string;
  gender: 'male' | 'female';
  birthDate: string;
  idNumber: string;
  address: string;
}

const NOT_FOUND = 101001;

/**
 * Reads the front of an ID card with WeChat's OCR (`POST /cv/ocr/idcard`, type `photo`, the picture
 * by URL; cloud call `ocr.idcard`). The ID number is checked (GB 11643) and gives the birth date and
 * gender; nothing read from the card is logged.
 */
export async function readIdCard(env: Env, imageUrl: string): Promise<IdCardFields> {
  let reply: OcrReply;
  try {
    const answer = (await cloudbase().callWxOpenApi({ apiName: '/cv/ocr/idcard', requestData: { type: 'photo', img_url: imageUrl } })) as { result?: OcrReply };
    reply = answer.result ?? {};
  } catch (err) {
    env.log('id card ocr failed', { error: err instanceof Error ? err.message : String(err) });
    throw new AppError('INTERNAL', '暂时无法识别身份证，请手动填写', 'photo');
  }
  if (reply.errcode === NOT_FOUND || (reply.errcode === 0 && reply.type !== 'Front')) {
    throw new AppError('INVALID_INPUT', '照片里没有找到身份证人像面，请对准有照片的一面重拍', 'photo');
  }
  if (reply.errcode !== 0) {
    env.log('id card ocr refused', { errcode: reply.errcode, errmsg: reply.errmsg });
    throw new AppError('INVALID_INPUT', '照片没能识别，请在光线充足处重拍，或手动填写', 'photo');
  }
  const check = checkIdNumber(reply.id ?? '', localDay(env.now()));
  if (!check.ok) throw new AppError('INVALID_INPUT', '没有看清身份证号码，请重拍或手动填写', 'photo');
  return { name: (reply.name ?? '').trim(), gender: check.gender, birthDate: check.birthDate, idNumber: check.idNumber, address: (reply.addr ?? '').trim() };
}
