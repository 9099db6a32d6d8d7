export default definePageConfig({
  navigationBarTitleText: '旅居健康小结',
  enableShareAppMessage: true,
});
