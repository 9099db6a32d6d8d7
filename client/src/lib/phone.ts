import Taro from '@tarojs/taro';

/** Rings a number: WeChat shows its own confirm sheet; the browser hands `tel:` to the phone. */
export function callPhone(phoneNumber: string): void {
  Taro.makePhoneCall({ phoneNumber: phoneNumber.replace(/[^\d+]/g, '') }).catch(() => undefined);
}
