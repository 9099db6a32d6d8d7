// Builds a Taro target (H5 or the WeChat mini-program) when its output is missing or older than any
// source it is built from. Builds go to dist/<type> (what `npm start` serves and WeChat DevTools
// opens), or, for the test run, to a folder of its own (TEST_BUILD_ROOT), so that a build started
// beside the tests cannot change what they are running against.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const SOURCES = ['client', 'shared', 'config', 'babel.config.js', 'package.json'];

/** Where `npm test` builds: tests read YL_BUILD_ROOT, which it sets to this folder. */
export const TEST_BUILD_ROOT = path.join('.build', 'test-dist');

/** Per target: the file whose age stands for the whole build, and sources only that target reads. */
const TARGETS = {
  h5: { marker: 'index.html', extraSources: [] },
  // Taro copies project.config.json into the mini-program output.
  weapp: { marker: 'app.json', extraSources: ['project.config.json'] },
};

function target(type) {
  const spec = TARGETS[type];
  if (!spec) throw new Error(`unknown Taro target: ${type}`);
  return spec;
}

function newestMtime(p) {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

/** The output folder of a target: dist/h5 or dist/weapp, or the same under `buildRoot`. */
export function outputDir(root, type, buildRoot = 'dist') {
  target(type);
  return path.join(root, buildRoot, type);
}

export function isStale(root, type, buildRoot = 'dist') {
  const { marker, extraSources } = target(type);
  const built = path.join(outputDir(root, type, buildRoot), marker);
  if (!fs.existsSync(built)) return true;
  const builtAt = fs.statSync(built).mtimeMs;
  return [...SOURCES, ...extraSources].some((s) => newestMtime(path.join(root, s)) > builtAt);
}

/**
 * Runs `taro build --type <type>` for production when stale (or always with `force`), into
 * `buildRoot`. Taro's progress bar is kept out of the log: one line when it worked, the build's own
 * output when it did not.
 */
export function buildIfStale(root, type, { force = false, buildRoot = 'dist' } = {}) {
  if (!force && !isStale(root, type, buildRoot)) return false;
  const started = Date.now();
  console.log(`building ${type} into ${path.join(buildRoot, type)} (taro build --type ${type})...`);
  const run = spawnSync('npx', ['taro', 'build', '--type', type], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_ENV: 'production', YL_TARO_OUTPUT: path.join(buildRoot, type), CI: 'true' },
  });
  if (run.status !== 0) {
    console.error(withoutProgress(`${run.stdout ?? ''}\n${run.stderr ?? ''}`));
    throw new Error(`${type} build failed`);
  }
  console.log(`built ${type} in ${Math.round((Date.now() - started) / 1000)} s`);
  return true;
}

/** The build's log without progress-bar redraws and terminal escapes. */
function withoutProgress(log) {
  return log
    .replace(/\u001b\[[0-9;]*[A-Za-z]/g, '')
    .split('\n')
    .filter((line) => !/^\s*● Webpack|█|^\s*$/.test(line))
    .join('\n');
}
