import { Text, View } from '@tarojs/components';
import { useEffect, useRef, type PropsWithChildren, type ReactNode } from 'react';
import { useElderMode } from './elder-mode';
import { PrivacyPopup } from './privacy-popup';
import { removeBootScreen } from '../lib/boot-screen';

export interface PageProps {
  title?: string;
  /** One calm line under the title. */
  intro?: ReactNode;
}

/**
 * The frame of every screen. It carries the elder-mode class, so every component inside grows with it,
 * and the privacy prompt, so whichever page calls a privacy API can ask for consent.
 */
export function Page({ title, intro, children }: PropsWithChildren<PageProps>) {
  const { elder } = useElderMode();
  const root = useRef<unknown>(null);
  // The first page on screen replaces the H5 loading screen.
  useEffect(removeBootScreen, []);
  // In H5 each page scrolls inside Taro's page box: make it reachable from the keyboard, and named.
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return;
    const box = (root.current as HTMLElement | null)?.closest?.('.taro_page');
    if (!box || box.hasAttribute('tabindex')) return;
    box.setAttribute('tabindex', '0');
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', title ?? '页面内容');
  }, [title]);
  return (
    <View ref={root} className={elder ? 'ui-page ui-page--elder' : 'ui-page'}>
      {title ? (
        <View className='ui-page__header'>
          <Text className='ui-page__title'>{title}</Text>
          {intro ? <Text className='ui-page__intro'>{intro}</Text> : null}
        </View>
      ) : null}
      <View className='ui-page__body'>{children}</View>
      <PrivacyPopup />
    </View>
  );
}
