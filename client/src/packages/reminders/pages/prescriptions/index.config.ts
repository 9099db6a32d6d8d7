export default definePageConfig({
  navigationBarTitleText: '膳食与运动处方',
});
