import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator } from '../../emulator/server';
import type { ActionName } from '../../shared/api';
import { ALL_ACTIONS, caseContext, describeFailures, fuzzActions } from './fuzz-runner';
import { makeCase } from './fuzz-cases';

/**
 * `npm run fuzz [-- --cases N --seed S --action name]`: the long fuzz run (10,000 cases per action by
 * default) against an in-process emulator with the demo data; exits 1 when any case fails.
 * `--action name --case <case seed>` replays one failing case and prints its call and reply.
 */
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const root = process.env.APP_ROOT ?? process.cwd();
  const cases = Number(arg('cases') ?? 10_000);
  const seed = Number(arg('seed') ?? Date.now() % 2 ** 31);
  const only = arg('action');
  const actions = only ? ALL_ACTIONS.filter((a) => a === only || a.startsWith(`${only}.`)) : ALL_ACTIONS;
  if (actions.length === 0) throw new Error(`no action matches ${only}`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yl-fuzz-'));
  console.log(`fuzz: ${cases} cases for each of ${actions.length} actions, run seed ${seed}`);
  const emulator = await startEmulator({ port: 0, dataDir, functionsDir: path.join(root, 'cloudfunctions'), seed: true, demoStory: true, timers: false });
  let failures = 0;
  try {
    if (arg('case')) {
      const c = makeCase(actions[0], Number(arg('case')), caseContext(emulator));
      console.log(JSON.stringify(c, null, 1).slice(0, 4000));
      const reply = await emulator.host.invoke(c.fn, JSON.parse(c.raw ?? JSON.stringify(c.event)), c.caller).catch((err: Error) => err.stack);
      console.log(JSON.stringify(reply, null, 1).slice(0, 4000));
      return;
    }
    for (const action of actions as ActionName[]) {
      const started = Date.now();
      const report = await fuzzActions(emulator, [action], cases, seed);
      failures += report.failures.length;
      console.log(`${action}: ${report.cases} cases, ${report.accepted} accepted, ${report.failures.length} failed, ${Date.now() - started} ms`);
      if (report.failures.length > 0) console.log(describeFailures(report, seed));
      if (process.argv.includes('--profile')) console.log(JSON.stringify(report.kinds));
    }
  } finally {
    await emulator.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(failures === 0 ? 'fuzz: no failures' : `fuzz: ${failures} failing cases (replay with --seed ${seed})`);
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
