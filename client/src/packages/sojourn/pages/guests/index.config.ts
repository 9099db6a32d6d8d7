export default definePageConfig({
  navigationBarTitleText: '旅居人员',
});
