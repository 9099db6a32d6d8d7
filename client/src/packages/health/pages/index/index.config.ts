export default definePageConfig({
  navigationBarTitleText: '血压血糖',
});
