export default definePageConfig({
  navigationBarTitleText: '需要随访的居民',
});
