// The constants the Taro H5 build defines at compile time (see @tarojs/webpack5-runner's H5 plugin).
process.env.TARO_ENV = 'h5';
process.env.TARO_PLATFORM = 'web';
process.env.FRAMEWORK = 'react';
process.env.SUPPORT_TARO_POLYFILL = 'disabled';
process.env.SUPPORT_DINGTALK_NAVIGATE = 'disabled';
globalThis.DEPRECATED_ADAPTER_COMPONENT = false;
