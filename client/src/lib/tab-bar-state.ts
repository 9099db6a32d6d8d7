import Taro from '@tarojs/taro';

import type { TabPageName } from '@shared/pages/page-paths';

/**
 * What the tab bar shows besides its tabs: which tab is open and the unread count on 我的. The bar is
 * our own component (WeChat's tab-bar badge APIs do not reach a custom tab bar), and in the
 * mini-program each tab page has its own copy of it, so the state lives here and every copy follows it.
 */

/** One such value (`initial` until first set): a set announces only a change; `on` returns the unsubscribe. */
function sharedValue<T, Initial extends T | undefined = T>(event: string, initial: Initial) {
  let value: T | Initial = initial;
  return {
    get: (): T | Initial => value,
    set(next: T): void {
      if (next === value) return;
      value = next;
      Taro.eventCenter.trigger(event, next);
    },
    on(listener: (value: T) => void): () => void {
      Taro.eventCenter.on(event, listener);
      return () => Taro.eventCenter.off(event, listener);
    },
  };
}

const selected = sharedValue<TabPageName, undefined>('yl:tab-bar-selected', undefined);
const unread = sharedValue<number>('yl:tab-bar', 0);

export function selectedTab(): TabPageName | undefined {
  return selected.get();
}

/** Called by a tab page each time it is shown. */
export function setSelectedTab(tab: TabPageName): void {
  selected.set(tab);
}

export function onSelectedTab(listener: (tab: TabPageName) => void): () => void {
  return selected.on(listener);
}

export function unreadCount(): number {
  return unread.get();
}

export function setUnreadCount(count: number): void {
  unread.set(Math.max(0, Math.floor(count)));
}

/** Calls `listener` with the new count whenever it changes; returns the unsubscribe function. */
export function onUnreadCount(listener: (count: number) => void): () => void {
  return unread.on(listener);
}

/** The badge text: the count, 99+ above 99, nothing at 0. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}
