#!/usr/bin/env node
// `npm run import:grids -- <file.geojson>`: bundles scripts/lib/import-grids.ts and runs it with the
// same arguments (the local emulator at PORT by default, or CloudBase with CLOUDBASE_ENV and keys).
import { build } from 'esbuild';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, '.build', 'import-grids.cjs');
await build({
  entryPoints: [path.join(root, 'scripts', 'lib', 'import-grids.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['@cloudbase/node-sdk'],
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { cwd: process.cwd(), stdio: 'inherit' });
process.exit(run.status ?? 1);
