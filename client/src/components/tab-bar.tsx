import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { TAB_BAR, TAB_PAGES, pageUrl, type TabPageName } from '@shared/pages/page-paths';
import { decorativeImage, focusable } from '../lib/a11y';
import { badgeText, onUnreadCount, unreadCount } from '../lib/tab-bar-state';
import mapIcon from '../assets/tabbar/map.png';
import mapActiveIcon from '../assets/tabbar/map-active.png';
import meIcon from '../assets/tabbar/me.png';
import meActiveIcon from '../assets/tabbar/me-active.png';
import './tab-bar.css';

const ICONS: Record<TabPageName, { off: string; on: string }> = {
  map: { off: mapIcon, on: mapActiveIcon },
  me: { off: meIcon, on: meActiveIcon },
};

/** The unread count on 我的, kept up to date. */
function useUnread(): number {
  const [count, setCount] = useState(unreadCount);
  useEffect(() => {
    setCount(unreadCount());
    return onUnreadCount(setCount);
  }, []);
  return count;
}

export interface TabBarProps {
  /** The tab whose page is on screen. */
  current: TabPageName;
  /** Large labels and targets (长辈模式): the bar sits outside the page, so it is told. */
  elder: boolean;
}

/**
 * The tab bar, the same on both builds (the mini-program's custom-tab-bar shows it; in H5 the tab
 * pages do). WeChat's own tab bar keeps its small labels in 长辈模式; this one reads the size tokens,
 * so its labels and targets grow with the rest of the screen. Each tab says it is a tab, and which one
 * is selected, to the screen reader; an unread count is written out in its name.
 */
export function TabBar({ current, elder }: TabBarProps) {
  const unread = useUnread();
  return (
    <View className={`ui-tokens${elder ? ' ui-tokens--elder' : ''} ui-tab-bar`} ariaRole='tablist' ariaLabel='主菜单'>
      {TAB_PAGES.map((tab) => {
        const on = tab === current;
        const badge = tab === 'me' ? badgeText(unread) : '';
        // The name starts with what is written on the tab, then the count as it shows beside it.
        const label = badge ? `${TAB_BAR[tab].text}${badge}条未读` : TAB_BAR[tab].text;
        return (
          <View
            key={tab}
            className={`ui-tab-bar__item${on ? ' ui-tab-bar__item--on' : ''}`}
            ariaRole='tab'
            ariaLabel={label}
            aria-selected={on ? 'true' : 'false'}
            {...focusable}
            hoverClass='ui-tab-bar__item--pressed'
            onClick={() => {
              if (!on) Taro.switchTab({ url: pageUrl(tab) });
            }}
          >
            <Image className='ui-tab-bar__icon' src={on ? ICONS[tab].on : ICONS[tab].off} {...decorativeImage()} />
            <Text className='ui-tab-bar__label' aria-hidden='true'>{TAB_BAR[tab].text}</Text>
            {badge ? <Text className='ui-tab-bar__badge' aria-hidden='true'>{badge}</Text> : null}
          </View>
        );
      })}
    </View>
  );
}
