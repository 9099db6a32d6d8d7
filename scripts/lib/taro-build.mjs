// Builds a Taro target (H5 or the WeChat mini-program) when its output is missing or older than any
// source it is built from.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const SOURCES = ['client', 'shared', 'config', 'babel.config.js', 'package.json'];

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

/** The output folder of a target: dist/h5 or dist/weapp. */
export function outputDir(root, type) {
  target(type);
  return path.join(root, 'dist', type);
}

export function isStale(root, type) {
  const { marker, extraSources } = target(type);
  const built = path.join(outputDir(root, type), marker);
  if (!fs.existsSync(built)) return true;
  const builtAt = fs.statSync(built).mtimeMs;
  return [...SOURCES, ...extraSources].some((s) => newestMtime(path.join(root, s)) > builtAt);
}

/** Runs `taro build --type <type>` for production when stale (or always with `force`). */
export function buildIfStale(root, type, { force = false } = {}) {
  if (!force && !isStale(root, type)) return false;
  console.log(`building ${type} (taro build --type ${type})...`);
  const run = spawnSync('npx', ['taro', 'build', '--type', type], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (run.status !== 0) throw new Error(`${type} build failed`);
  return true;
}
