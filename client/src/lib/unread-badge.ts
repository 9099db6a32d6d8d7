import { setUnreadCount } from './tab-bar-state';

/** Shows the number of unread messages on the 我的 tab of the tab bar (up to 99+, none at 0). */
export function showUnreadBadge(unread: number): void {
  setUnreadCount(unread);
}
