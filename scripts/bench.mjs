#!/usr/bin/env node
// `npm run bench`: bundles each bench/*.bench.ts and runs it; every figure is a line
// `BENCH <name> <value> <unit>`.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './lib/node-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv[2];
const benches = fs
  .readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), 'functions'], { cwd: root, stdio: 'inherit' });
let failed = 0;
for (const file of benches) {
  const outfile = await bundleForNode({
    entry: path.join(root, 'bench', file),
    outfile: path.join(root, '.build', 'bench', file.replace(/\.ts$/, '.cjs')),
    external: ['better-sqlite3', '@cloudbase/node-sdk'],
  });
  const run = spawnSync(process.execPath, ['--expose-gc', outfile], { cwd: root, stdio: 'inherit', env: { ...process.env, APP_ROOT: root } });
  if (run.status !== 0) {
    failed += 1;
    console.error(`bench ${file} failed`);
  }
}
process.exit(failed ? 1 : 0);
