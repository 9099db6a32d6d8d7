export default definePageConfig({
  navigationBarTitleText: '旅居登记',
});
