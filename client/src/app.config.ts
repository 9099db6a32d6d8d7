import { PAGES, appPages, packageOf } from '../../shared/pages/page-paths';

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
  tabBar: {
    color: '#4a5560',
    selectedColor: '#1a7f5a',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: PAGES.map,
        text: '地图',
        iconPath: 'assets/tabbar/map.png',
        selectedIconPath: 'assets/tabbar/map-active.png',
      },
      {
        pagePath: PAGES.me,
        text: '我的',
        iconPath: 'assets/tabbar/me.png',
        selectedIconPath: 'assets/tabbar/me-active.png',
      },
    ],
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
