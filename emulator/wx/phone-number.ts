import crypto from 'node:crypto';
import type { EmulatorDatabase } from '../db';
import type { WxReply } from './subscribe-message';

/** The codes WeChat hands out from a getPhoneNumber button (WeChat's own state, not a product collection). */
export const PHONE_CODES_COLLECTION = 'wxPhoneCodes';
/** WeChat's code is good for five minutes and for one exchange. */
const CODE_TTL_MS = 5 * 60_000;

/** A number for a user who gave none: stable per openid, a valid mainland mobile number. */
export function simulatedPhoneOf(openid: string): string {
  const digits = BigInt(`0x${crypto.createHash('sha256').update(openid).digest('hex').slice(0, 15)}`) % 100_000_000n;
  return `139${digits.toString().padStart(8, '0')}`;
}

/**
 * WeChat's side of the getPhoneNumber button: the user taps it and agrees, WeChat gives the
 * mini-program a one-time code, and the backend exchanges the code for the number the user bound to
 * WeChat (`POST /wxa/business/getuserphonenumber`).
 */
export class PhoneNumbers {
  constructor(
    private readonly db: EmulatorDatabase,
    private readonly appId: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    db.ensureCollection(PHONE_CODES_COLLECTION);
  }

  /** The user agrees in the button's dialog: a fresh code for their number. */
  issue(openid: string, phoneNumber: string = simulatedPhoneOf(openid), countryCode = '86'): string {
    const code = crypto.randomBytes(16).toString('hex');
    this.db.insert(PHONE_CODES_COLLECTION, [{ code, openid, phoneNumber, countryCode, issuedAt: this.now(), used: false }]);
    return code;
  }

  /** `getuserphonenumber`, answered as WeChat does: 40029 for a code that is unknown, used or expired. */
  exchange(request: unknown): WxReply & { phone_info?: Record<string, unknown> } {
    const code = (request as { code?: unknown } | null)?.code;
    if (typeof code !== 'string' || code === '') return { errcode: 47001, errmsg: 'data format error' };
    const now = this.now();
    const claimed = this.db.updateMany(
      PHONE_CODES_COLLECTION,
      { code, used: false, issuedAt: { $gt: new Date(now.getTime() - CODE_TTL_MS) } },
      { $set: { used: true } },
    );
    if (claimed === 0) return { errcode: 40029, errmsg: 'invalid code' };
    const [doc] = this.db.find(PHONE_CODES_COLLECTION, { code });
    const pure = String(doc.phoneNumber);
    const country = String(doc.countryCode);
    return {
      errcode: 0,
      errmsg: 'ok',
      phone_info: {
        phoneNumber: country === '86' ? pure : `+${country}${pure}`,
        purePhoneNumber: pure,
        countryCode: country,
        watermark: { timestamp: Math.floor(now.getTime() / 1000), appid: this.appId },
      },
    };
  }
}
