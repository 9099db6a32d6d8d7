// A Taro plugin: the aria-* attributes reach the mini-program's WXML (see accessibility-attributes.js).
// H5 needs nothing: there the same props become DOM attributes.
const path = require('node:path');
const attributes = require('./accessibility-attributes');

module.exports = (ctx) => {
  ctx.registerMethod('onBuildInit', (platform) => {
    if (!platform.template || typeof platform.template.mergeComponents !== 'function') return;
    platform.template.mergeComponents(ctx, attributes);
    const runtime = path.resolve(__dirname, 'accessibility-runtime.js');
    platform.runtimePath = [].concat(platform.runtimePath || [], runtime);
  });
};
