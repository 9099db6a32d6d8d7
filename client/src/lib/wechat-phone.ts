import { call, toApiError } from '../api';

/** WeChat's phone-number button exists only in the mini-program; the browser build types the number. */
export const offersWechatPhone = (): boolean => process.env.TARO_ENV === 'weapp';

/** What the getPhoneNumber button hands its handler: a one-time code when the user agreed. */
export interface PhoneButtonDetail {
  code?: string;
  errMsg?: string;
}

/**
 * Turns the button's answer into the user's number: null when they declined (they type it instead),
 * the product's message when the exchange fails.
 */
export async function phoneFromButton(detail: PhoneButtonDetail): Promise<{ phone: string } | { error: string } | null> {
  if (!detail.code) return null;
  try {
    return await call('resident.wechatPhone', { code: detail.code });
  } catch (err) {
    return { error: toApiError(err).message };
  }
}
