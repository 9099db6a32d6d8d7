// Appointment booking figures, through the emulator's function gateway (HTTP -> function host ->
// the bundled appointment function -> the real SDK -> the database):
//   BENCH appointment.overbooked <n> bookings  bookings beyond capacity after 500 residents try one
//     slot of capacity 10, all 500 requests sent at once; the counter, the stored bookings and the
//     successful replies are all counted; must be 0
//   BENCH appointment.overbooking_run_booked <n> bookings  how many of the 500 were booked (10 expected)
//   BENCH appointment.book_vs_noop_throughput <ratio> x  bookings per second over calls per second of a
//     no-op function on the same gateway, same run, same concurrency
//   BENCH appointment.book_per_s / appointment.noop_per_s  the rates behind the ratio
//   BENCH appointment.db_calls_per_booking <n> calls  database requests the SDK made per booking in that run
//   BENCH appointment.one_read_vs_noop_throughput <ratio> x  the same ratio for a function that only reads
//     one document through the SDK: the ceiling for any action that must look something up
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startEmulator, type Emulator } from '../emulator/server';
import { contractedResidents, dayFromToday, CLINIC_POINT } from '../tests/functions/appointment-fixtures';
import type { Backend } from '../tests/functions/harness';

const ROOT = process.env.APP_ROOT ?? process.cwd();
const STAFF = 'o-staff-zhangyi';
const CONCURRENCY = 25;
const CALLS = 400;

/** A functions folder with the real appointment function and a no-op function beside it. */
function functionsDir(): string {
  // Inside the repository, so that the bundle finds @cloudbase/node-sdk in node_modules.
  fs.mkdirSync(path.join(ROOT, '.build'), { recursive: true });
  const dir = fs.mkdtempSync(path.join(ROOT, '.build', 'bench-functions-'));
  fs.mkdirSync(path.join(dir, 'appointment'));
  for (const f of ['index.js', 'config.json', 'package.json']) {
    fs.copyFileSync(path.join(ROOT, 'cloudfunctions', 'appointment', f), path.join(dir, 'appointment', f));
  }
  fs.mkdirSync(path.join(dir, 'noop'));
  fs.writeFileSync(path.join(dir, 'noop', 'index.js'), 'exports.main = async () => ({ ok: true, data: null });\n');
  fs.writeFileSync(path.join(dir, 'noop', 'config.json'), '{ "timeout": 60 }\n');
  // One document read through the same SDK: the caller's own resident record.
  fs.mkdirSync(path.join(dir, 'oneread'));
  fs.writeFileSync(
    path.join(dir, 'oneread', 'index.js'),
    [
      "const tcb = require('@cloudbase/node-sdk');",
      'let app;',
      'exports.main = async (event) => {',
      '  app ??= tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });',
      "  const { data } = await app.database().collection('residents').doc(event.input.residentId).get();",
      '  return { ok: data.length === 1, data: null };',
      '};',
      '',
    ].join('\n'),
  );
  fs.writeFileSync(path.join(dir, 'oneread', 'config.json'), '{ "timeout": 60 }\n');
  return dir;
}

async function call(emulator: Emulator, fn: string, openid: string, body: object): Promise<{ ok: boolean; data?: any; error?: { code: string } }> {
  const res = await fetch(`${emulator.url}/functions/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-openid': openid },
    body: JSON.stringify(body),
  });
  return res.json() as Promise<{ ok: boolean; data?: any; error?: { code: string } }>;
}

async function publish(emulator: Emulator, day: string, windows: Array<{ start: string; end: string }>, capacity: number): Promise<string[]> {
  const reply = await call(emulator, 'appointment', STAFF, {
    action: 'publish',
    input: { pointId: CLINIC_POINT, kind: 'clinic', from: day, to: day, weekdays: [1, 2, 3, 4, 5, 6, 7], windows, slotMinutes: 10, capacity },
  });
  if (!reply.ok) throw new Error(`publish failed: ${JSON.stringify(reply)}`);
  return emulator.db.find('slots', { day }).map((s) => String(s._id));
}

/** Runs `n` tasks, `width` at a time; returns the seconds taken. */
async function pool(n: number, width: number, task: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < n) await task(next++);
  }));
  return (performance.now() - t0) / 1000;
}

/** Database requests reaching the emulator (`POST /admin`), counted where the server takes them in. */
let dbRequests = 0;
function countDatabaseRequests(): void {
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    if (event === 'request' && (args[0] as http.IncomingMessage).url?.split('?')[0] === '/admin') dbRequests += 1;
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}

async function main(): Promise<void> {
  countDatabaseRequests();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yl-bench-appt-'));
  const fnDir = functionsDir();
  const emulator = await startEmulator({ port: 0, dataDir, functionsDir: fnDir, seed: true, timers: false });
  const backend = { emulator } as Backend;
  try {
    // Overbooking: 500 at once on capacity 10.
    const [slot] = await publish(emulator, dayFromToday(1), [{ start: '09:00', end: '09:10' }], 10);
    const crowd = contractedResidents(backend, 500);
    const replies: Array<Awaited<ReturnType<typeof call>>> = [];
    await pool(crowd.length, crowd.length, async (i) => {
      const p = crowd[i];
      replies.push(await call(emulator, 'appointment', p.openid, { action: 'book', input: { residentId: p.residentId, slotId: slot }, requestId: `crowd-${i}-${Date.now()}` }));
    });
    const [stored] = emulator.db.find('slots', { _id: slot });
    const docs = emulator.db.count('appointments', { slotId: slot, status: 'booked' });
    const oks = replies.filter((r) => r.ok).length;
    const overbooked = Math.max(0, Number(stored.booked) - 10, docs - 10, oks - 10);
    console.log(`BENCH appointment.overbooked ${overbooked} bookings`);
    console.log(`BENCH appointment.overbooking_run_booked ${oks} bookings`);
    const unexpected = replies.filter((r) => !r.ok && r.error?.code !== 'SLOT_FULL').length;
    if (unexpected > 0 || oks !== 10) {
      const codes = new Map<string, number>();
      for (const r of replies) if (!r.ok) codes.set(r.error?.code ?? '?', (codes.get(r.error?.code ?? '?') ?? 0) + 1);
      console.error(`overbooking run: ${oks} booked, ${unexpected} answers other than SLOT_FULL: ${JSON.stringify([...codes])}`);
      console.error(JSON.stringify(replies.find((r) => !r.ok && r.error?.code !== 'SLOT_FULL')));
    }

    // Throughput: CALLS bookings by different residents over many slots, against CALLS no-op calls.
    const slots = await publish(emulator, dayFromToday(2), [{ start: '08:00', end: '18:00' }], 10);
    const people = contractedResidents(backend, CALLS);
    await pool(50, 10, () => call(emulator, 'noop', STAFF, { action: 'x', input: {} })); // warm-up
    const noopS = await pool(CALLS, CONCURRENCY, () => call(emulator, 'noop', people[0].openid, { action: 'noop', input: {} }));
    let failed = 0;
    const readS = await pool(CALLS, CONCURRENCY, async (i) => {
      const r = await call(emulator, 'oneread', people[i].openid, { action: 'read', input: { residentId: people[i].residentId } });
      if (!r.ok) failed += 1;
    });
    if (failed > 0) console.error(`one-read run: ${failed} reads failed`);
    failed = 0;
    const before = dbRequests;
    const bookS = await pool(CALLS, CONCURRENCY, async (i) => {
      const p = people[i];
      const r = await call(emulator, 'appointment', p.openid, { action: 'book', input: { residentId: p.residentId, slotId: slots[i % slots.length] }, requestId: `tp-${i}-${Date.now()}` });
      if (!r.ok) failed += 1;
    });
    if (failed > 0) console.error(`throughput run: ${failed} bookings failed`);
    const perBooking = (dbRequests - before) / CALLS;
    const bookRate = CALLS / bookS;
    const noopRate = CALLS / noopS;
    console.log(`BENCH appointment.book_per_s ${bookRate.toFixed(1)} calls/s`);
    console.log(`BENCH appointment.noop_per_s ${noopRate.toFixed(1)} calls/s`);
    console.log(`BENCH appointment.book_vs_noop_throughput ${(bookRate / noopRate).toFixed(3)} x`);
    console.log(`BENCH appointment.db_calls_per_booking ${perBooking.toFixed(1)} calls`);
    console.log(`BENCH appointment.one_read_vs_noop_throughput ${(CALLS / readS / noopRate).toFixed(3)} x`);
  } finally {
    await emulator.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(fnDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
