import Taro from '@tarojs/taro';

import type { TabPageName } from '@shared/pages/page-paths';

/**
 * What the tab bar shows besides its tabs: which tab is open and the unread count on 我的. The bar is
 * our own component (WeChat's tab-bar badge APIs do not reach a custom tab bar), and in the
 * mini-program each tab page has its own copy of it, so the state lives here and every copy follows it.
 */
const CHANGED = 'yl:tab-bar';
const SELECTED = 'yl:tab-bar-selected';
let unread = 0;
let selected: TabPageName | undefined;

export function selectedTab(): TabPageName | undefined {
  return selected;
}

/** Called by a tab page each time it is shown. */
export function setSelectedTab(tab: TabPageName): void {
  if (tab === selected) return;
  selected = tab;
  Taro.eventCenter.trigger(SELECTED, tab);
}

export function onSelectedTab(listener: (tab: TabPageName) => void): () => void {
  Taro.eventCenter.on(SELECTED, listener);
  return () => Taro.eventCenter.off(SELECTED, listener);
}

export function unreadCount(): number {
  return unread;
}

export function setUnreadCount(count: number): void {
  const next = Math.max(0, Math.floor(count));
  if (next === unread) return;
  unread = next;
  Taro.eventCenter.trigger(CHANGED, next);
}

/** Calls `listener` with the new count whenever it changes; returns the unsubscribe function. */
export function onUnreadCount(listener: (count: number) => void): () => void {
  Taro.eventCenter.on(CHANGED, listener);
  return () => Taro.eventCenter.off(CHANGED, listener);
}

/** The badge text: the count, 99+ above 99, nothing at 0. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}
