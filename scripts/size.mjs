#!/usr/bin/env node
// `npm run size`: builds the mini-program when its output is stale (`--rebuild` to always build), then
// prints the main package and each subpackage in KB, as WeChat counts them, and fails over budget
// (main <= 600 KB, each subpackage <= 300 KB).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale, outputDir } from './lib/taro-build.mjs';
import { checkBuild, formatReport } from './lib/package-size.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// npm test measures its own build (YL_BUILD_ROOT); by hand, dist/.
const buildRoot = process.env.YL_BUILD_ROOT ?? 'dist';
buildIfStale(root, 'weapp', { force: process.argv.includes('--rebuild'), buildRoot });

const result = checkBuild(outputDir(root, 'weapp', buildRoot));
console.log(formatReport(result));
if (!result.ok) {
  console.error('\nOver budget. Move feature code into its subpackage (client/src/packages/<feature>/), and keep');
  console.error('what the main package imports (client/src/api, client/src/components) small.');
  process.exit(1);
}
