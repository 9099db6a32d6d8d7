import Taro from '@tarojs/taro';
import { pageUrl } from '@shared/pages/page-paths';
import { Button as TaroButton, Text, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import { privacyAuthorization, type PrivacyApi } from '../lib/privacy-authorization';
import { onPageShow } from '../lib/page-show';
import './privacy-popup.css';
import { focusable, roleOf } from '../lib/a11y';

/** The id WeChat checks: the agree answer must name the button the user tapped. */
export const PRIVACY_AGREE_BUTTON_ID = 'privacy-agree';
export const PRIVACY_GUIDE_URL = pageUrl('privacyGuide');

/**
 * The app's privacy prompt, shown when WeChat holds back a privacy API (location, phone number, ...)
 * until the user agrees. Every page carries one (through `Page`); the page on screen shows it. Only
 * the mini-program has it: in the browser build it renders nothing.
 */
export function PrivacyPopup() {
  return process.env.TARO_ENV === 'weapp' ? <WeappPrivacyPopup /> : null;
}

function WeappPrivacyPopup() {
  const [visible, setVisible] = useState(false);
  const presenter = useRef((shown: boolean) => setVisible(shown)).current;

  useEffect(() => {
    privacyAuthorization.listen(Taro as unknown as PrivacyApi);
    let withdraw = privacyAuthorization.present(presenter);
    // Coming back to this page (closing the guide, switching tabs) puts its prompt on screen again.
    const stopListening = onPageShow(() => {
      withdraw = privacyAuthorization.present(presenter);
    });
    return () => {
      stopListening();
      withdraw();
    };
  }, [presenter]);

  if (!visible) return null;
  return (
    <View className='privacy-popup' catchMove>
      <View className='privacy-popup__panel' ariaRole='dialog' ariaLabel='隐私保护提示'>
        <Text className='privacy-popup__title'>隐私保护提示</Text>
        <Text className='privacy-popup__text'>
          使用定位、手机号等功能前，请先阅读并同意《云岭家医隐私保护指引》。这些信息只用于为您找到负责的家庭医生团队、办理签约和发送您订阅的提醒。
        </Text>
        <Text className='ui-link privacy-popup__link' {...roleOf('link')} {...focusable} onClick={() => Taro.navigateTo({ url: PRIVACY_GUIDE_URL })}>
          查看《云岭家医隐私保护指引》
        </Text>
        <TaroButton
          id={PRIVACY_AGREE_BUTTON_ID}
          className='ui-button ui-button--primary privacy-popup__agree'
          openType='agreePrivacyAuthorization'
          onAgreePrivacyAuthorization={() => privacyAuthorization.agree(PRIVACY_AGREE_BUTTON_ID)}
        >
          同意并继续
        </TaroButton>
        <TaroButton className='ui-button ui-button--secondary' onClick={() => privacyAuthorization.disagree()}>
          不同意
        </TaroButton>
      </View>
    </View>
  );
}

/** A link to the in-app privacy guide, for the me tab and anywhere else it is offered. */
export function PrivacyGuideLink() {
  return (
    <View className='privacy-guide-link'>
      <Text className='ui-link' {...roleOf('link')} {...focusable} onClick={() => Taro.navigateTo({ url: PRIVACY_GUIDE_URL })}>
        隐私保护指引
      </Text>
    </View>
  );
}
