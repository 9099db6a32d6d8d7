import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useMemo, useRef, type PropsWithChildren, type ReactNode } from 'react';
import { tabOf, type TabPageName } from '@shared/pages/page-paths';
import { setSelectedTab } from '../lib/tab-bar-state';
import { onPageShow } from '../lib/page-show';
import { useElderMode } from './elder-mode';
import { PrivacyPopup } from './privacy-popup';
import { removeBootScreen } from '../lib/boot-screen';
import { TabBar } from './tab-bar';

export interface PageProps {
  title?: string;
  /** One calm line under the title. */
  intro?: ReactNode;
}

/**
 * The tab this page is, if it is one, told to the tab bar each time the page is shown (the
 * mini-program's tab bar lives outside the page and needs to know which tab to mark).
 */
function useOwnTab(): TabPageName | undefined {
  const tab = useMemo(() => tabOf(Taro.getCurrentInstance?.()?.router?.path ?? ''), []);
  useEffect(() => {
    if (!tab) return undefined;
    setSelectedTab(tab);
    return onPageShow(() => setSelectedTab(tab));
  }, [tab]);
  return tab;
}

/**
 * The frame of every screen. It carries the elder-mode class, so every component inside grows with it,
 * and the privacy prompt, so whichever page calls a privacy API can ask for consent. A tab page leaves
 * room for the tab bar, and in H5 shows it (the mini-program shows it as WeChat's custom tab bar).
 */
export function Page({ title, intro, children }: PropsWithChildren<PageProps>) {
  const { elder } = useElderMode();
  const tab = useOwnTab();
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
    <View ref={root} className={`ui-page${elder ? ' ui-page--elder' : ''}${tab ? ' ui-page--tab' : ''}`}>
      {title ? (
        <View className='ui-page__header'>
          <Text className='ui-page__title'>{title}</Text>
          {intro ? <Text className='ui-page__intro'>{intro}</Text> : null}
        </View>
      ) : null}
      <View className='ui-page__body'>{children}</View>
      {tab && process.env.TARO_ENV === 'h5' ? <TabBar current={tab} elder={elder} /> : null}
      <PrivacyPopup />
    </View>
  );
}
