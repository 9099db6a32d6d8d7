export default definePageConfig({
  navigationBarTitleText: '家人与代管',
});
