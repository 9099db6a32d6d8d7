/** Jest projects: pure rules, the emulator's wire conformance, functions through the real SDK, client components, the built mini-program, e2e in Chromium. */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2020' }, module: { type: 'commonjs' } }];
const base = {
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  // flatbush and flatqueue ship only as ES modules.
  transformIgnorePatterns: ['/node_modules/(?!(flatbush|flatqueue)/)', '/cloudfunctions/[^/]+/index\\.js$', '/\\.build/'],
  moduleNameMapper: { '^@shared/(.*)$': '<rootDir>/shared/$1' },
  testEnvironment: 'node',
};
const fs = require('node:fs');
const clientExtra = fs.existsSync(`${__dirname}/tests/client/jest.client.config.js`)
  ? require('./tests/client/jest.client.config.js')
  : {};

module.exports = {
  // Functions and e2e tests start servers and a browser on a 2-core machine; speed lives in benchmarks.
  testTimeout: 120000,
  projects: [
    { ...base, displayName: 'unit', roots: ['<rootDir>/tests/unit'] },
    { ...base, displayName: 'emulator', roots: ['<rootDir>/tests/emulator'] },
    { ...base, displayName: 'functions', roots: ['<rootDir>/tests/functions'] },
    {
      ...base,
      displayName: 'client',
      roots: ['<rootDir>/tests/client'],
      testEnvironment: 'jsdom',
      ...clientExtra,
      moduleNameMapper: { ...base.moduleNameMapper, ...(clientExtra.moduleNameMapper || {}) },
    },
    // The built mini-program (dist/weapp) in miniprogram-simulate; the bundles are run as built.
    {
      ...base,
      displayName: 'weapp',
      roots: ['<rootDir>/tests/weapp'],
      testEnvironment: 'jsdom',
      transformIgnorePatterns: [...base.transformIgnorePatterns, '/dist/'],
    },
    { ...base, displayName: 'e2e', roots: ['<rootDir>/tests/e2e'] },
  ],
};
