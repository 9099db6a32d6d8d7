#!/usr/bin/env node
// `npm test`: builds what the tests run against (function bundles, the emulator, the H5 app, the
// mini-program), checks types, lint and the mini-program's package sizes, then runs every jest project
// (unit, emulator, functions, client, weapp, e2e), then lists what failed and prints one closing line
// "N passed, N failed". Taro's builds go to a folder of the tests' own (.build/test-dist) and print
// one line each instead of a progress bar.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale, TEST_BUILD_ROOT } from './lib/taro-build.mjs';

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
    // The tests run against builds of their own (YL_BUILD_ROOT below), not dist/.
    buildIfStale(root, 'h5', { buildRoot: TEST_BUILD_ROOT });
    buildIfStale(root, 'weapp', { buildRoot: TEST_BUILD_ROOT });
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
  checks.push({ name: 'size', passed: step('mini-program package sizes', process.execPath, ['scripts/size.mjs'], { YL_BUILD_ROOT: TEST_BUILD_ROOT }) });
}

const report = path.join(root, '.tmp', 'jest-report.json');
fs.mkdirSync(path.dirname(report), { recursive: true });
fs.rmSync(report, { force: true });
if (ok) {
  step('jest', 'npx', ['jest', '--ci', '--json', `--outputFile=${report}`, ...extra], { TZ: 'UTC', YL_BUILD_ROOT: TEST_BUILD_ROOT });
}

let passed = 0;
let failed = ok ? 0 : 1;
// What failed, gathered here so that it is the last thing the log shows.
const failures = ok ? [] : ['build: see the build output above'];
if (fs.existsSync(report)) {
  const result = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = result.numPassedTests;
  failed += result.numFailedTests + result.numRuntimeErrorTestSuites;
  if (result.numTotalTests === 0) {
    failed += 1;
    failures.push('jest: no tests ran');
  }
  failures.push(...jestFailures(result));
} else if (ok) {
  failed += 1;
  failures.push('jest: no report was written (see the jest output above)');
}
for (const check of checks) {
  if (check.passed) passed += 1;
  else {
    failed += 1;
    failures.push(`${check.name}: see its output above`);
  }
}
if (failures.length > 0) {
  console.log(`\n== failures (${failures.length})`);
  for (const line of failures) console.log(`- ${line}`);
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

/** One line per failed test (file, name, first line of the error) and per suite that could not run. */
function jestFailures(result) {
  const lines = [];
  for (const suite of result.testResults ?? []) {
    const file = path.relative(root, suite.name);
    const failedTests = (suite.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const t of failedTests) lines.push(`${file} › ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
    if (failedTests.length === 0 && suite.status === 'failed') lines.push(`${file}: ${firstLine(suite.message)}`);
  }
  return lines;
}

function firstLine(text) {
  const plain = String(text ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  return plain.split('\n').map((l) => l.trim()).find((l) => l !== '' && !l.startsWith('●')) ?? '';
}
