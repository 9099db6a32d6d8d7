import { Button } from './button';
import { callPhone } from '../lib/phone';

export interface PhoneButtonProps {
  /** As shown, e.g. 0871-67482316. */
  phone: string;
  variant?: 'primary' | 'secondary';
}

const dialable = (phone: string) => phone.replace(/[^\d+]/g, '');

/**
 * 拨打电话. In the mini-program WeChat shows its own confirm sheet and calls (Taro.makePhoneCall); in
 * the browser it is a real `tel:` link, so the phone offers to call, a screen reader announces a
 * link, and a long press can copy the number.
 */
export function PhoneButton({ phone, variant = 'primary' }: PhoneButtonProps) {
  const caption = `拨打电话 ${phone}`;
  if (process.env.TARO_ENV !== 'h5') {
    return (
      <Button variant={variant} onClick={() => callPhone(phone)}>
        {caption}
      </Button>
    );
  }
  return (
    <a className={`ui-button ui-button--${variant} ui-button--link`} href={`tel:${dialable(phone)}`}>
      {caption}
    </a>
  );
}
