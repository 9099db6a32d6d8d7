import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

const root = path.resolve(__dirname, '..');
const sharedDir = path.resolve(root, 'shared');

// Subscribe-message template IDs are built into the app (requestSubscribeMessage needs them on the
// phone); the functions read the same variables at run time. One per template in
// shared/config/subscribe-templates.ts (Taro's config loader cannot import that file; a test keeps the
// two lists equal).
const templateVariables = [
  'YL_TMPL_CONTRACT_REVIEW_RESULT',
  'YL_TMPL_RENEWAL_NOTICE',
  'YL_TMPL_MEDICATION_REMINDER',
  'YL_TMPL_MISSED_DOSE_ALERT',
  'YL_TMPL_APPOINTMENT_REMINDER',
  'YL_TMPL_APPOINTMENT_CANCELLED',
  'YL_TMPL_SLOT_AVAILABLE',
  'YL_TMPL_FAMILY_REQUEST',
  'YL_TMPL_READING_ALERT',
];
const templateEnv = Object.fromEntries(templateVariables.map((name) => [name, JSON.stringify(process.env[name] ?? '')]));
const missingTemplates = templateVariables.filter((name) => !process.env[name]);
if (process.env.TARO_ENV === 'weapp' && missingTemplates.length > 0) {
  console.warn(`subscribe-message template IDs not set (${missingTemplates.join(', ')}): this build uses the local emulator's IDs; set them before building for upload.`);
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'yunling-family-doctor',
    date: '2025-11-23',
    designWidth: 375,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'client/src',
    // scripts/lib/taro-build.mjs builds the test run's copy elsewhere (YL_TARO_OUTPUT).
    outputRoot: process.env.YL_TARO_OUTPUT ?? `dist/${process.env.TARO_ENV}`,
    // aria-role / aria-label / aria-checked reach the mini-program's templates (H5 needs nothing).
    plugins: [path.resolve(__dirname, 'accessibility-plugin.js')],
    defineConstants: {},
    env: templateEnv,
    alias: {
      '@shared': sharedDir,
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      // shared/ sits outside sourceRoot, so it has to be named for Taro's compiler to pick it up.
      compile: { include: [sharedDir] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      compile: { include: [sharedDir] },
      publicPath: '/',
      staticDirectory: 'static',
      // Served from the site root. basename stays unset: with basename '/' the Taro 4.2.1 H5 router
      // matches no page and the screen stays blank.
      router: {
        mode: 'browser',
      },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  };

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
