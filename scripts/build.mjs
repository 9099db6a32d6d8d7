#!/usr/bin/env node
// Bundles the deployable functions (cloudfunctions/<name>/index.js, the SDK left external as CloudBase
// installs it from each function's package.json) and the local emulator (.build/emulator.cjs).
// Usage: node scripts/build.mjs [functions] [emulator]   (both when no argument is given)
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const wanted = process.argv.slice(2);
const want = (part) => wanted.length === 0 || wanted.includes(part);

export function functionNames() {
  const dir = path.join(root, 'cloudfunctions');
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'core' && fs.existsSync(path.join(dir, d.name, 'index.ts')))
    .map((d) => d.name);
}

/**
 * Builds in memory and puts each output in place with a rename, so a test or the emulator that loads a
 * bundle while a build runs beside it reads the old file or the new one, never half of one.
 */
async function buildAtomically(options) {
  const result = await build({ ...options, write: false });
  for (const file of result.outputFiles) {
    fs.mkdirSync(path.dirname(file.path), { recursive: true });
    const temp = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(temp, file.contents);
    fs.renameSync(temp, file.path);
  }
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
};

async function buildFunctions() {
  const names = functionNames();
  await Promise.all(
    names.map((name) =>
      buildAtomically({
        ...common,
        entryPoints: [path.join(root, 'cloudfunctions', name, 'index.ts')],
        outfile: path.join(root, 'cloudfunctions', name, 'index.js'),
        external: ['@cloudbase/node-sdk'],
      }),
    ),
  );
  return names;
}

async function buildEmulator() {
  await buildAtomically({
    ...common,
    entryPoints: [path.join(root, 'emulator', 'main.ts')],
    outfile: path.join(root, '.build', 'emulator.cjs'),
    external: ['better-sqlite3', '@cloudbase/node-sdk'],
  });
}

const started = Date.now();
const built = [];
if (want('functions')) built.push(`functions: ${(await buildFunctions()).join(', ')}`);
if (want('emulator')) {
  await buildEmulator();
  built.push('emulator');
}
console.log(`built ${built.join('; ')} in ${Date.now() - started} ms`);
