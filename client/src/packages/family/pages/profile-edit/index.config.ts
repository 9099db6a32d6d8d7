export default definePageConfig({
  navigationBarTitleText: '修改健康档案',
});
