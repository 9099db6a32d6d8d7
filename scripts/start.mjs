#!/usr/bin/env node
// `npm start`: builds what is missing or stale (functions, emulator, H5 app), then runs the local
// CloudBase with the app on http://127.0.0.1:${PORT:-8787}/.
import { spawnSync, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './lib/taro-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
if (process.env.SKIP_H5_BUILD !== '1') buildIfStale(root, 'h5');

const child = spawn(process.execPath, ['--enable-source-maps', path.join(root, '.build', 'emulator.cjs')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, APP_ROOT: root },
});
const forward = (signal) => () => child.kill(signal);
process.on('SIGINT', forward('SIGINT'));
process.on('SIGTERM', forward('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
