export default definePageConfig({
  navigationBarTitleText: '记录测量',
});
