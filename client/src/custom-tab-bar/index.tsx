import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { tabOf, type TabPageName } from '@shared/pages/page-paths';
import { TabBar, useElderMode } from '../components';
import { onSelectedTab, selectedTab } from '../lib/tab-bar-state';

/** The tab whose page is open: the one the tab page said when shown, else the page on top. */
function useCurrentTab(): TabPageName {
  const [tab, setTab] = useState<TabPageName>(() => {
    const pages = Taro.getCurrentPages();
    return selectedTab() ?? tabOf(pages[pages.length - 1]?.route ?? '') ?? 'map';
  });
  useEffect(() => onSelectedTab(setTab), []);
  return tab;
}

/** WeChat's custom tab bar (app.config.ts `tabBar.custom`): our own bar, so 长辈模式 can grow it. */
export default function CustomTabBar() {
  const { elder } = useElderMode();
  return <TabBar current={useCurrentTab()} elder={elder} />;
}

// A custom component does not see the app's styles unless it asks (the bar's styles and the tokens
// live there). Taro copies these onto the component definition; behaviors must be a list.
CustomTabBar.options = { addGlobalClass: true };
CustomTabBar.behaviors = [] as string[];
