/**
 * The client project's part of the jest config (merged into the `client` project of jest.config.js):
 * Taro components render through their React/H5 implementation, `@tarojs/taro` is Taro's H5 API with
 * the React lifecycle hooks attached (as the H5 build does), and styles and images are stubbed.
 */
const swc = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2020' },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'jsdom',
  setupFiles: ['<rootDir>/tests/client/support/setup-env.js'],
  setupFilesAfterEnv: ['<rootDir>/tests/client/support/setup-after-env.js'],
  moduleNameMapper: {
    '^@tarojs/components$': '@tarojs/components/lib/react',
    '^@tarojs/taro$': '<rootDir>/tests/client/support/taro.ts',
    '\\.css$': '<rootDir>/tests/client/support/style-stub.js',
    '\\.png$': '<rootDir>/tests/client/support/file-stub.js',
    '^@shared/(.*)$': '<rootDir>/shared/$1',
  },
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  // Taro, its Stencil components and the libraries they pull in ship ES modules only; anything under
  // @tarojs (including its own bundled node_modules) is compiled too.
  transformIgnorePatterns: [
    '^(?!.*/node_modules/@tarojs/).*/node_modules/(?!(@stencil|swiper|ssr-window|dom7|query-string|decode-uri-component|filter-obj|split-on-first|lodash-es|nanoid)/)',
  ],
};
