export default definePageConfig({
  navigationBarTitleText: '建立健康档案',
});
