export default defineAppConfig({
  pages: ['pages/map/index', 'pages/me/index'],
  subPackages: [
    {
      root: 'packages/family',
      pages: [
        'pages/index/index',
        'pages/profile-form/index',
        'pages/request/index',
        'pages/profile/index',
        'pages/audit/index',
        'pages/staff-consents/index',
      ],
    },
    {
      root: 'packages/privacy',
      pages: ['pages/guide/index'],
    },
    {
      root: 'packages/team',
      pages: ['pages/card/index'],
    },
    {
      root: 'packages/sign',
      pages: [
        'pages/index/index',
        'pages/choose/index',
        'pages/confirm/index',
        'pages/contract/index',
        'pages/agreement/index',
        'pages/review/index',
      ],
    },
  ],
  // The map tab is where a first-time user meets the privacy prompt, which links to the guide, and
  // where the team card is opened from.
  preloadRule: {
    'pages/map/index': { network: 'all', packages: ['packages/privacy', 'packages/team'] },
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
        pagePath: 'pages/map/index',
        text: '地图',
        iconPath: 'assets/tabbar/map.png',
        selectedIconPath: 'assets/tabbar/map-active.png',
      },
      {
        pagePath: 'pages/me/index',
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
