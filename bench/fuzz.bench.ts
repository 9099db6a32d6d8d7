// Fuzz figures:
//   BENCH fuzz.crashes <n> count  cases (200 per action of the registry, fixed seed) where a function
//     broke: HTTP 5xx, a thrown invocation, INTERNAL or a reply of no known shape. Must be 0.
//   BENCH fuzz.refused_writes <n> count  refused calls that changed data (besides audit and attempt
//     counters). Must be 0.
//   BENCH fuzz.cases_per_s <n> cases/s  throughput of the in-process fuzz harness.
// The long run is `npm run fuzz` (10,000 per action); the functions tests run 1,000 per action.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startEmulator } from '../emulator/server';
import { ALL_ACTIONS, describeFailures, fuzzActions } from '../tests/fuzz/fuzz-runner';

const CASES = 200;
const SEED = 20261130;

async function main(): Promise<void> {
  const root = process.env.APP_ROOT ?? process.cwd();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yl-bench-fuzz-'));
  const emulator = await startEmulator({ port: 0, dataDir, functionsDir: path.join(root, 'cloudfunctions'), seed: true, demoStory: true, timers: false });
  // The functions log every refused timer and unhandled error; the figures are what matters here.
  const log = console.log;
  console.log = () => undefined;
  const started = performance.now();
  const report = await fuzzActions(emulator, ALL_ACTIONS, CASES, SEED).finally(() => {
    console.log = log;
  });
  const seconds = (performance.now() - started) / 1000;
  await emulator.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (report.failures.length > 0) console.error(describeFailures(report, SEED));
  console.log(`BENCH fuzz.crashes ${report.failures.filter((f) => f.crash).length} count`);
  console.log(`BENCH fuzz.refused_writes ${report.failures.filter((f) => !f.crash).length} count`);
  console.log(`BENCH fuzz.cases_per_s ${Math.round(report.cases / seconds)} cases/s`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
