import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.resolve(__dirname, '../../..');
const BUILT = path.join(ROOT, '.build', 'emulator.cjs');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * The emulator bundle to run as a child: `.build/emulator.cjs` from `node scripts/build.mjs` when it
 * is newer than the emulator sources, else a private bundle of the same entry (never overwriting the
 * shared one another test may be running).
 */
export async function emulatorBundle(): Promise<string> {
  const sources = Math.max(newestSource(path.join(ROOT, 'emulator')), newestSource(path.join(ROOT, 'cloudfunctions', 'core')));
  if (fs.existsSync(BUILT) && fs.statSync(BUILT).mtimeMs > sources) return BUILT;
  const outfile = path.join(ROOT, '.tmp', `emulator-test-${process.pid}`, 'emulator.cjs');
  await build({
    entryPoints: [path.join(ROOT, 'emulator', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['better-sqlite3', '@cloudbase/node-sdk'],
    logLevel: 'warning',
  });
  return outfile;
}

export interface ChildEmulator {
  url: string;
  process: ChildProcess;
  /** SIGKILL, then wait for the exit. */
  kill(): Promise<void>;
}

/**
 * Starts `node <bundle>` on a free port with the given data dir and waits for its READY line; `env`
 * overrides its settings (say `SEED: 'base'`).
 */
export function startChild(bundle: string, dataDir: string, env: Record<string, string> = {}): Promise<ChildEmulator> {
  const child = spawn(process.execPath, [bundle], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, SEED: '0', TIMERS: '0', QUIET: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`emulator did not start: ${stderr}`)), 30_000);
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /EMULATOR READY (http:\/\/\S+)/.exec(out);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[1],
        process: child,
        async kill() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
          await exited;
        },
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`emulator exited with ${code}: ${stderr}`));
    });
  });
}
