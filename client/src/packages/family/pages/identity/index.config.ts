export default definePageConfig({
  navigationBarTitleText: '核验本人身份',
});
