import { Button as TaroButton } from '@tarojs/components';
import { useState } from 'react';
import { offersWechatPhone, phoneFromButton, type PhoneButtonDetail } from '../../../lib/wechat-phone';

export interface WechatPhoneButtonProps {
  onPhone: (phone: string) => void;
  onError: (message: string) => void;
}

/**
 * 使用微信绑定的手机号: WeChat's own button (open-type getPhoneNumber) fills the caller's own number
 * with one tap and their agreement. Only for the caller's own profile, and only in the mini-program;
 * elsewhere the number is typed.
 */
export function WechatPhoneButton({ onPhone, onError }: WechatPhoneButtonProps) {
  const [busy, setBusy] = useState(false);
  if (!offersWechatPhone()) return null;
  const onGetPhoneNumber = async (e: { detail: PhoneButtonDetail }) => {
    setBusy(true);
    const result = await phoneFromButton(e.detail);
    setBusy(false);
    if (result && 'phone' in result) onPhone(result.phone);
    else if (result) onError(result.error);
  };
  return (
    <TaroButton
      className='ui-button ui-button--secondary family-wechat-phone'
      openType='getPhoneNumber'
      loading={busy || undefined}
      hoverClass='ui-button--pressed'
      onGetPhoneNumber={(e) => void onGetPhoneNumber(e as unknown as { detail: PhoneButtonDetail })}
    >
      使用微信绑定的手机号
    </TaroButton>
  );
}
