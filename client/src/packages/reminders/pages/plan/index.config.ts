export default definePageConfig({
  navigationBarTitleText: '用药提醒',
});
