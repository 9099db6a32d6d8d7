// The accessibility attributes WeChat's screen reader reads (微信小程序无障碍: aria-role, aria-label,
// aria-checked, ...), per Taro component. Taro's mini-program templates only carry the attributes
// they know, so config/accessibility-plugin.js adds these to the templates at build time and
// accessibility-runtime.js adds them to the runtime's component table (both must list the same).
const ARIA = {
  'aria-role': '',
  'aria-label': '',
  'aria-checked': '',
  'aria-selected': '',
  'aria-disabled': '',
  'aria-hidden': '',
  'aria-live': '',
  'aria-expanded': '',
};

module.exports = {
  View: ARIA,
  Text: ARIA,
  Button: ARIA,
  Input: ARIA,
  Textarea: ARIA,
  ScrollView: ARIA,
  Image: ARIA,
};
