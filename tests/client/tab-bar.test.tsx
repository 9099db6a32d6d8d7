import Taro from '@tarojs/taro';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { TabBar } from '../../client/src/components';
import { selectedTab, setSelectedTab, setUnreadCount, unreadCount } from '../../client/src/lib/tab-bar-state';
import { showUnreadBadge } from '../../client/src/lib/unread-badge';

let switchTab: jest.SpyInstance;
beforeEach(() => {
  switchTab = jest.spyOn(Taro, 'switchTab').mockImplementation((() => Promise.resolve()) as never);
  act(() => setUnreadCount(0));
});
afterEach(() => jest.restoreAllMocks());

/** What a screen reader is told about a tab (this build keeps the written `ariaRole` as `aria-role`). */
function tab(name: string) {
  const el = screen.getByLabelText(name);
  return { el, role: el.getAttribute('aria-role'), selected: el.getAttribute('aria-selected') };
}

describe('the tab bar', () => {
  it('says which tab is open to the screen reader, and opens the other tab when tapped', () => {
    render(<TabBar current='map' elder={false} />);
    expect(screen.getByLabelText('主菜单').getAttribute('aria-role')).toBe('tablist');
    expect(tab('地图')).toMatchObject({ role: 'tab', selected: 'true' });
    expect(tab('我的')).toMatchObject({ role: 'tab', selected: 'false' });

    fireEvent.click(tab('我的').el);
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' });
    fireEvent.click(tab('地图').el);
    expect(switchTab).toHaveBeenCalledTimes(1); // the open tab stays put
  });

  it('reads the elder-mode tokens in 长辈模式, as it sits outside the page', () => {
    const { container, rerender } = render(<TabBar current='me' elder={false} />);
    const bar = container.querySelector('.ui-tab-bar')!;
    expect(bar.classList.contains('ui-tokens')).toBe(true);
    expect(bar.classList.contains('ui-tokens--elder')).toBe(false);
    rerender(<TabBar current='me' elder />);
    expect(bar.classList.contains('ui-tokens--elder')).toBe(true);
  });

  it('shows the unread count on 我的, after its name in what the screen reader says, and follows it as messages are read', () => {
    render(<TabBar current='map' elder={false} />);
    expect(screen.queryByText('3')).toBeNull();

    act(() => showUnreadBadge(3));
    expect(unreadCount()).toBe(3);
    expect(screen.getByText('3')).toBeTruthy();
    expect(tab('我的3条未读').role).toBe('tab');

    act(() => showUnreadBadge(120));
    expect(screen.getByText('99+')).toBeTruthy();
    expect(tab('我的99+条未读').role).toBe('tab');

    act(() => showUnreadBadge(0));
    expect(screen.queryByText('99+')).toBeNull();
    expect(tab('我的').role).toBe('tab');
  });

  it('remembers the tab a tab page said it is, for the mini-program bar that lives outside the pages', () => {
    setSelectedTab('me');
    expect(selectedTab()).toBe('me');
    setSelectedTab('map');
    expect(selectedTab()).toBe('map');
  });
});
