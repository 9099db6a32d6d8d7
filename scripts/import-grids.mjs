#!/usr/bin/env node
// `npm run import:grids -- <file.geojson>`: bundles scripts/lib/import-grids.ts and runs it with the
// same arguments (the local emulator at PORT by default, or CloudBase with CLOUDBASE_ENV and keys).
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './lib/node-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = await bundleForNode({
  entry: path.join(root, 'scripts', 'lib', 'import-grids.ts'),
  outfile: path.join(root, '.build', 'import-grids.cjs'),
  external: ['@cloudbase/node-sdk'],
});
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { cwd: process.cwd(), stdio: 'inherit' });
process.exit(run.status ?? 1);
