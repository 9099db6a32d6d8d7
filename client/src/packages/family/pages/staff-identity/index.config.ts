export default definePageConfig({
  navigationBarTitleText: '当面核验身份',
});
