#!/usr/bin/env node
// `npm run bench`: bundles each bench/*.bench.ts and runs it; every figure is a line
// `BENCH <name> <value> <unit>`.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv[2];
const benches = fs
  .readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), 'functions'], { cwd: root, stdio: 'inherit' });
let failed = 0;
for (const file of benches) {
  const outfile = path.join(root, '.build', 'bench', file.replace(/\.ts$/, '.cjs'));
  await build({
    entryPoints: [path.join(root, 'bench', file)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3', '@cloudbase/node-sdk'],
    logLevel: 'warning',
  });
  const run = spawnSync(process.execPath, ['--expose-gc', outfile], { cwd: root, stdio: 'inherit', env: { ...process.env, APP_ROOT: root } });
  if (run.status !== 0) {
    failed += 1;
    console.error(`bench ${file} failed`);
  }
}
process.exit(failed ? 1 : 0);
