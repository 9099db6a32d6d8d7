import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type EmulatorDatabase } from '../../emulator/db';
import { INDEXES } from '../../cloudfunctions/core/indexes';
import { WX_INDEXES } from '../../emulator/wx/subscribe-message';
import { emulatorBundle, startChild, type ChildEmulator } from '../emulator/helpers/child-emulator';
import { startBackend } from './harness';
import { SHILONGHU, STAFF, adultProfile } from './contract-fixtures';
import { allSlots, contractedResidents, dayFromToday, publishClinicDay } from './appointment-fixtures';
import { accept, amlodipine } from './reminder-fixtures';
import { SIMAO_STAFF, registration } from './sojourn-fixtures';
import { callAt, tickAt, write, type Load } from './crash-safety-load';

// Bookings, sign-ups, stay registrations and reminder ticks run at the same time against an emulator in
// a child process, which is SIGKILLed mid-run and started again on the same data: every acknowledged
// write is there (asked again with its requestId, it answers the same), and every rule holds.
const BOOKERS = 24;
const SIGNERS = 8;
const TRAVELLERS = 3;
const REMINDED = 6;
const KILL_AFTER_ACKS = 25;

let dataDir: string;
let child: ChildEmulator | undefined;
afterAll(async () => {
  await child?.kill();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const tomorrowAt = (clock: string) => new Date(`${dayFromToday(1)}T${clock}:00+08:00`);
const TICKS = ['08:00', '12:00', '18:00'].map(tomorrowAt);

async function prepare() {
  const backend = await startBackend({ dataDir });
  const bookers = contractedResidents(backend, BOOKERS);
  await publishClinicDay(backend, STAFF, dayFromToday(3), { capacity: 2, windows: [{ start: '09:00', end: '11:00' }] });
  const slots = allSlots(await backend.ok(bookers[0].openid, 'appointment.slots', { residentId: bookers[0].residentId })).filter((s) => s.state === 'open');
  const signers: Array<{ openid: string; residentId: string }> = [];
  for (let i = 0; i < SIGNERS + TRAVELLERS; i += 1) {
    const openid = `o-crash-signer-${i}`;
    signers.push({ openid, residentId: await adultProfile(backend, openid) });
  }
  const reminded = bookers.slice(0, REMINDED);
  for (const r of reminded) {
    await accept(backend, r.openid, 6);
    await backend.ok(r.openid, 'reminder.savePlan', amlodipine(r.residentId, { startDate: dayFromToday(1), times: ['08:00', '12:00', '18:00'] }));
  }
  await backend.close();
  return { bookers, slots, signers: signers.slice(0, SIGNERS), travellers: signers.slice(SIGNERS), reminded };
}

type World = Awaited<ReturnType<typeof prepare>>;

/** Everyone at once: bookers try every slot, signers apply twice and staff approve, travellers register twice, ticks overlap. */
function run(url: string, world: World, load: Load, stopped: () => boolean): Promise<unknown> {
  const bookings = world.bookers.map(async (b) => {
    for (const slot of world.slots) if (!stopped()) await write(load, url, b.openid, 'appointment.book', { residentId: b.residentId, slotId: slot.id });
  });
  const signUps = world.signers.map(async (s) => {
    const input = { residentId: s.residentId, teamId: SHILONGHU, packageCodes: ['basic'] };
    const preview = await callAt(url, s.openid, 'contract.preview', input);
    if (!preview?.ok) return;
    const applied = await Promise.all([0, 1].map(() => write(load, url, s.openid, 'contract.apply', { ...input, agreementHash: preview.data.hash })));
    for (const a of applied) if (a && !stopped()) await write(load, url, STAFF, 'contract.review', { contractId: a.data.id, decision: 'approve' });
  });
  const stays = world.travellers.map(async (t) => {
    const input = registration(t.residentId, { address: '黑龙江省哈尔滨市南岗区学府路88号 普洱暂住' });
    const registered = await Promise.all([0, 1].map(() => write(load, url, t.openid, 'sojourn.register', input)));
    for (const r of registered) if (r && !stopped()) await write(load, url, SIMAO_STAFF, 'sojourn.review', { stayId: r.data.id, decision: 'approve' });
  });
  const ticks = (async () => {
    for (const at of TICKS) {
      if (stopped()) return;
      const replies = await Promise.all([0, 1, 2].map(() => tickAt(url, at)));
      for (const r of replies) if (r) load.tickSent.push(r.sent);
    }
  })();
  return Promise.all([...bookings, ...signUps, ...stays, ticks]);
}

function checkRules(db: EmulatorDatabase, load: Load, world: World): void {
  // Every acknowledged write is there.
  for (const ack of load.acks.filter((a) => a.name === 'appointment.book')) {
    expect(db.find('appointments', { _id: ack.data.id })).toMatchObject([{ status: 'booked', slotId: (ack.input as { slotId: string }).slotId }]);
  }
  for (const ack of load.acks.filter((a) => a.name === 'contract.apply' || a.name === 'sojourn.register')) {
    expect(db.count('contracts', { _id: ack.data.id })).toBe(1);
  }
  for (const ack of load.acks.filter((a) => a.name === 'contract.review' || a.name === 'sojourn.review')) {
    const id = (ack.input as { contractId?: string; stayId?: string }).contractId ?? (ack.input as { stayId: string }).stayId;
    expect(db.find('contracts', { _id: id })[0].status).toBe('active');
  }
  // A slot never holds more than its capacity.
  for (const slot of db.find('slots', { teamId: SHILONGHU })) {
    const booked = db.count('appointments', { slotId: slot._id, status: 'booked' });
    expect(booked).toBeLessThanOrEqual(Number(slot.capacity));
    expect(Number(slot.booked)).toBeLessThanOrEqual(Number(slot.capacity));
  }
  // One active regular contract and one application per resident; one open stay per traveller.
  for (const s of world.signers) {
    expect(db.count('contracts', { residentId: s.residentId, kind: 'regular', status: 'active' })).toBeLessThanOrEqual(1);
    expect(db.count('contracts', { residentId: s.residentId, kind: 'regular', status: { $in: ['active', 'pending_review'] } })).toBeLessThanOrEqual(1);
  }
  for (const t of world.travellers) {
    expect(db.count('contracts', { residentId: t.residentId, kind: 'sojourn', status: { $in: ['active', 'pending_review'] } })).toBeLessThanOrEqual(1);
  }
  // Each reminder occurrence is sent at most once, and every acknowledged send reached WeChat.
  const sent = world.reminded.map((r) => db.find('outbox', { touser: r.openid }).length);
  for (const n of sent) expect(n).toBeLessThanOrEqual(TICKS.length);
  expect(sent.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(load.tickSent.reduce((a, b) => a + b, 0));
}

test('keeps every acknowledged booking, sign-up, stay and reminder, and every rule, when the emulator is SIGKILLed under load', async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yl-crash-'));
  const world = await prepare();
  const bundle = await emulatorBundle();
  const load: Load = { acks: [], tickSent: [] };

  child = await startChild(bundle, dataDir);
  if (process.env.CRASH_DEBUG) child.process.stdout!.on('data', (chunk) => String(chunk).includes('unhandled') && console.error(String(chunk)));
  let killed = false;
  let finished = false;
  const running = run(child.url, world, load, () => killed).finally(() => (finished = true));
  while (load.acks.length < KILL_AFTER_ACKS && !finished) await new Promise((r) => setTimeout(r, 5));
  if (process.env.CRASH_DEBUG) console.error(JSON.stringify(load.acks.map((a) => a.name)), load.tickSent, world.slots.length);
  // Killed with work in flight: the load had not run out when the acknowledgements reached the mark.
  expect(finished).toBe(false);
  killed = true;
  await child.kill();
  await running;
  if (process.env.CRASH_DEBUG) console.error(JSON.stringify(load.acks.map((a) => a.name)), load.tickSent);

  // Started again on the same data: each acknowledged write, asked again, answers as the first time did.
  child = await startChild(bundle, dataDir);
  for (const ack of load.acks) {
    const again = await callAt(child.url, ack.openid, ack.name, ack.input, ack.requestId);
    expect({ name: ack.name, ok: again?.ok, id: again?.data?.id }).toEqual({ name: ack.name, ok: true, id: ack.data.id });
  }
  // The same ticks once more change nothing that was sent.
  for (const at of TICKS) await Promise.all([0, 1].map(() => tickAt(child!.url, at)));
  await child.kill();
  child = undefined;

  const db = openDatabase({ file: path.join(dataDir, 'cloudbase.sqlite'), indexes: [...INDEXES, ...WX_INDEXES] });
  try {
    checkRules(db, load, world);
  } finally {
    db.close();
  }
});
