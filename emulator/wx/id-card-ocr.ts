import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { WxReply } from './subscribe-message';

/** Where uploaded pictures are served, as cloud storage would serve a temporary file URL. */
export const IMAGE_PATH = '/__dev/wx/images/';

/**
 * The sample ID card the local OCR knows (a made-up person, marked as a sample): the picture in
 * fixtures/ and what WeChat's `ocr.idcard` reads from it. Any other picture has no card in it.
 */
export const SAMPLE_ID_CARD = {
  file: 'id-card-sample.png',
  fields: { type: 'Front', name: '张秀英', id: '530114194805061229', addr: '云南省昆明市呈贡区洛龙街道石龙湖社区5栋2单元301号', gender: '女', nationality: '汉' },
} as const;

const digest = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

/** Finds the fixtures folder beside this file, or beside the source when running from the bundle. */
function fixtureFile(name: string): string | null {
  for (const dir of [path.join(__dirname, 'fixtures'), path.resolve(__dirname, '..', 'emulator', 'wx', 'fixtures'), path.resolve('emulator', 'wx', 'fixtures')]) {
    const file = path.join(dir, name);
    if (fs.existsSync(file)) return file;
  }
  return null;
}

/**
 * WeChat's ID-card OCR (`POST /cv/ocr/idcard`, `type=photo`, the picture by `img_url`), with the
 * picture store it reads from: in the mini-program a photo goes to cloud storage and the function
 * passes its temporary URL; locally `POST /__dev/wx/uploadImage` keeps it in memory and gives a URL
 * of this emulator. Pictures are kept only while the emulator runs.
 */
export class IdCardOcr {
  private readonly images = new Map<string, Buffer>();
  private readonly sampleDigest: string | null;

  constructor() {
    const file = fixtureFile(SAMPLE_ID_CARD.file);
    this.sampleDigest = file ? digest(fs.readFileSync(file)) : null;
  }

  /** Keeps a picture; the answer is its path under `IMAGE_PATH`. */
  upload(bytes: Buffer): string {
    const id = digest(bytes);
    this.images.set(id, bytes);
    return `${IMAGE_PATH}${id}`;
  }

  image(id: string): Buffer | null {
    return this.images.get(id) ?? null;
  }

  /** The OCR's answer: the card's fields, 101000 for a URL it cannot fetch, 101001 when no card is found. */
  recognize(request: unknown): WxReply & Record<string, unknown> {
    const body = (request ?? {}) as Record<string, unknown>;
    const url = typeof body.img_url === 'string' ? body.img_url : '';
    let id = '';
    try {
      const { pathname } = new URL(url);
      if (pathname.startsWith(IMAGE_PATH)) id = pathname.slice(IMAGE_PATH.length);
    } catch {
      // Not a URL: WeChat cannot fetch it either.
    }
    const bytes = this.images.get(id);
    if (!bytes) return { errcode: 101000, errmsg: 'invalid image url or image data' };
    if (digest(bytes) !== this.sampleDigest) return { errcode: 101001, errmsg: 'certificate not found' };
    return { errcode: 0, errmsg: 'ok', ...SAMPLE_ID_CARD.fields };
  }
}
