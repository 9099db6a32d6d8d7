#!/usr/bin/env node
// `npm test`: builds what the tests run against (function bundles, the emulator, the H5 app, the
// mini-program), checks types, lint and the mini-program's package sizes, then runs every jest project
// (unit, emulator, functions, client, weapp, e2e) and prints one closing line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './lib/taro-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const extra = process.argv.slice(2);

function step(name, cmd, args, env = {}) {
  console.log(`\n== ${name}`);
  const run = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return run.status === 0;
}

let ok = step('build functions and emulator', process.execPath, ['scripts/build.mjs']);
if (ok) {
  try {
    buildIfStale(root, 'h5');
    buildIfStale(root, 'weapp');
  } catch (err) {
    console.error(String(err));
    ok = false;
  }
}
const checks = [];
if (ok) {
  for (const [name, args] of [
    ['typecheck', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
    ['lint', ['eslint', '--max-warnings=0', '.']],
  ]) {
    const passed = step(name, 'npx', args);
    checks.push({ name, passed });
  }
  checks.push({ name: 'size', passed: step('mini-program package sizes', process.execPath, ['scripts/size.mjs']) });
}

const report = path.join(root, '.tmp', 'jest-report.json');
fs.mkdirSync(path.dirname(report), { recursive: true });
fs.rmSync(report, { force: true });
if (ok) {
  step('jest', 'npx', ['jest', '--ci', '--json', `--outputFile=${report}`, ...extra], { TZ: 'UTC' });
}

let passed = 0;
let failed = ok ? 0 : 1;
if (fs.existsSync(report)) {
  const result = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = result.numPassedTests;
  failed += result.numFailedTests + result.numRuntimeErrorTestSuites;
  if (result.numTotalTests === 0) failed += 1;
} else if (ok) {
  failed += 1;
}
for (const check of checks) {
  if (check.passed) passed += 1;
  else failed += 1;
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
