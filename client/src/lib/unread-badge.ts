import Taro from '@tarojs/taro';
import { TAB_PAGES } from '@shared/pages/page-paths';

const ME_TAB = TAB_PAGES.indexOf('me');

/**
 * Shows the number of unread messages on the 我的 tab (WeChat's tab-bar badge, up to 99+). Failing
 * to set it (no tab bar on this page) changes nothing else.
 */
export function showUnreadBadge(unread: number): void {
  const done = () => undefined;
  if (unread > 0) Taro.setTabBarBadge({ index: ME_TAB, text: unread > 99 ? '99+' : String(unread) }).catch(done);
  else Taro.removeTabBarBadge({ index: ME_TAB }).catch(done);
}
