export default definePageConfig({
  navigationBarTitleText: '核实代管授权',
});
