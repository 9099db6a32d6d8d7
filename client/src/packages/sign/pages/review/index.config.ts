export default definePageConfig({
  navigationBarTitleText: '签约审核',
});
