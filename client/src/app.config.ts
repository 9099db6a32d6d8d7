import { PAGES, appPages, packageOf, tabBarList } from '../../shared/pages/page-paths';

export default defineAppConfig({
  // Pages and subpackages come from the one page table (shared/pages/page-paths.ts).
  ...appPages(),
  // The map tab is where a first-time user meets the privacy prompt, which links to the guide, and
  // where the team card is opened from.
  preloadRule: {
    [PAGES.map]: { network: 'all', packages: [packageOf('privacyGuide')!, packageOf('teamCard')!] },
  },
  window: {
    navigationBarTitleText: '云岭家医',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f6f7',
    backgroundTextStyle: 'dark',
  },
  // Our own tab bar (client/src/components/tab-bar.tsx): WeChat's native one cannot grow its labels in
  // 长辈模式. The list stays, as WeChat requires; the colours are what shows before the bar has rendered.
  tabBar: {
    custom: true,
    color: '#4a5560',
    selectedColor: '#1a7f5a',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: tabBarList(),
  },
  lazyCodeLoading: 'requiredComponents',
  __usePrivacyCheck__: true,
  requiredPrivateInfos: ['getLocation'],
  permission: {
    'scope.userLocation': {
      desc: '用于查找您所在网格的家庭医生团队',
    },
  },
});
