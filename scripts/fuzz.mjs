#!/usr/bin/env node
// `npm run fuzz`: builds the function bundles, bundles the fuzz runner and runs it (10,000 cases per
// action unless `-- --cases N`); `--seed S` replays a run, `--action name` narrows it.
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './lib/node-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), 'functions'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(1);
const outfile = await bundleForNode({
  entry: path.join(root, 'tests', 'fuzz', 'fuzz-main.ts'),
  outfile: path.join(root, '.build', 'fuzz', 'fuzz-main.cjs'),
  external: ['better-sqlite3', '@cloudbase/node-sdk'],
});
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env: { ...process.env, TZ: 'UTC', APP_ROOT: root } });
process.exit(run.status ?? 1);
