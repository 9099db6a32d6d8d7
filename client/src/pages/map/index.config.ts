export default definePageConfig({
  navigationBarTitleText: '云岭家医',
});
