// Reminder tick figures:
//   BENCH reminder.tick_ms_10k_due <ms> ms  one tick that finds, claims, records and sends 10,000 due
//     reminders (split into shares of 2,000 run by server-side calls of the reminder function)
//   BENCH reminder.tick_growth_1M_vs_10k_plans <ratio> x  the same 10,000 due among 1,000,000 plans
//     over 10,000 plans in all (the nextDueAt index keeps this near 1; reading every plan would be ~100)
// Plans, residents and acceptances are put straight into the emulator's storage (the functions would
// take hours to create a million); only the tick is measured, through the real SDK and function host,
// until the last of the 10,000 messages is in the outbox. On CloudBase each share runs in its own
// instance; here every share shares this machine's cores, so the functions get a longer time limit
// than CloudBase's 60 s (a copy of the built functions with only that changed), and the tick runs as
// one invocation: shares run side by side would only queue for the same two cores here (the fan-out
// itself is tested in tests/functions/reminder-shards.test.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { startEmulator, type Emulator } from '../emulator/server';
import { SUBSCRIBE_TEMPLATES } from '../shared/config/subscribe-templates';
import { subscriptionId } from '../cloudfunctions/core/wx/subscription-repository';

const DUE = 10_000;
const FIRED_AT = new Date('2026-03-09T00:00:00.000Z'); // 08:00 in Shanghai
const LATER = new Date('2026-03-10T00:00:00.000Z');

function plan(i: number, nextDueAt: Date) {
  return {
    _id: `rp_bench_${String(i).padStart(7, '0')}`,
    residentId: `rs_bench_${i % DUE}`,
    drug: '苯磺酸氨氯地平片', dose: 1, unit: '片', times: ['08:00'], weekdays: null, startDate: '2026-03-01', endDate: null,
    meal: 'after', notes: '', stock: null, status: 'active', endedAt: null, nextDueAt, refillNoticeAt: null,
    createdBy: { openid: `o-bench-${i % DUE}`, as: 'self' }, createdAt: FIRED_AT, updatedAt: FIRED_AT,
  };
}

/** 10,000 residents with their own accounts, one acceptance each (in WeChat and in the product's count). */
function people(em: Emulator): void {
  const at = FIRED_AT;
  const template = SUBSCRIBE_TEMPLATES.medicationReminder;
  const residents = [];
  const subscriptions = [];
  const quota = [];
  for (let i = 0; i < DUE; i++) {
    const openid = `o-bench-${i}`;
    residents.push({ _id: `rs_bench_${i}`, ownerOpenid: openid, name: '测试居民', birthDate: '1950-01-01', gridId: null, createdAt: at, updatedAt: at });
    subscriptions.push({ _id: subscriptionId(openid, 'medicationReminder'), openid, template: 'medicationReminder', remaining: 1, lastErrcode: null, lastErrorAt: null, updatedAt: at });
    quota.push({ openid, templateId: template, remaining: 1 });
  }
  em.db.insert('residents', residents);
  em.db.insert('subscriptions', subscriptions);
  em.db.insert('wxSubscribeQuota', quota);
}

function plans(em: Emulator, total: number): void {
  for (let start = 0; start < total; start += 50_000) {
    const batch = [];
    for (let i = start; i < Math.min(total, start + 50_000); i++) batch.push(plan(i, i < DUE ? FIRED_AT : LATER));
    em.db.insert('reminderPlans', batch);
  }
}

/** The built functions with a time limit long enough for every share to run on one machine. */
function functionsWithLongerLimit(): string {
  const root = process.env.APP_ROOT ?? process.cwd();
  const dir = path.join(root, '.build', 'bench-functions');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(root, 'cloudfunctions'), dir, { recursive: true });
  const config = path.join(dir, 'reminder', 'config.json');
  fs.writeFileSync(config, JSON.stringify({ ...JSON.parse(fs.readFileSync(config, 'utf8')), timeout: 900 }));
  return dir;
}

async function tickMs(total: number, functionsDir: string): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yl-bench-remind-'));
  const em = await startEmulator({ port: 0, dataDir: dir, functionsDir, seed: false });
  try {
    people(em);
    plans(em, total);
    const plan = em.db.explain('reminderPlans', { nextDueAt: { $lte: FIRED_AT } });
    if (plan.index !== 'nextDueAt') throw new Error(`the due query does not use the nextDueAt index: ${JSON.stringify(plan)}`);
    const log = console.log;
    console.log = () => undefined; // the functions' own log lines
    const started = performance.now();
    const reply = (await em.host.invoke('reminder', { Type: 'Timer', TriggerName: 'tick', Time: FIRED_AT.toISOString() }, { openid: null, timer: true })) as {
      ok: boolean;
      data: { claimed: number; sent: number; shards: number };
    };
    // A share whose call timed out is still running; the tick has taken over what it had not claimed.
    while (em.db.count('outbox', {}) < DUE && performance.now() - started < 900_000) await new Promise((r) => setTimeout(r, 100));
    const took = performance.now() - started;
    console.log = log;
    if (!reply.ok) throw new Error(`tick failed: ${JSON.stringify(reply)}`);
    if (em.db.count('outbox', {}) !== DUE) throw new Error('outbox does not hold one message per due reminder');
    if (em.db.count('reminderEvents', { status: 'sent' }) !== DUE) throw new Error('not every due occurrence is recorded as sent once');
    return took;
  } finally {
    await em.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Each case runs in a child process of its own: an emulator replaces `process.env` for the functions
 * it hosts, so a second one cannot start in the same process.
 */
function inChild(total: number): number {
  const run = spawnSync(process.execPath, ['--expose-gc', __filename, String(total)], { env: process.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const ms = Number(/TICK_MS (\d+(?:\.\d+)?)/.exec(run.stdout ?? '')?.[1]);
  if (run.status !== 0 || !Number.isFinite(ms)) throw new Error(`bench case of ${total} plans failed`);
  return ms;
}

async function main(): Promise<void> {
  process.env.YL_REMINDER_SHARD_SIZE = String(DUE);
  const only = Number(process.argv[2]);
  if (only > 0) {
    console.log(`TICK_MS ${await tickMs(only, functionsWithLongerLimit())}`);
    return;
  }
  const small = inChild(DUE);
  console.log(`BENCH reminder.tick_ms_10k_due ${small.toFixed(0)} ms`);
  const big = inChild(1_000_000);
  console.log(`BENCH reminder.tick_growth_1M_vs_10k_plans ${(big / small).toFixed(2)} x`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
