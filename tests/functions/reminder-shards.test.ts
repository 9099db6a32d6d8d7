import { startBackend, type Backend } from './harness';
import { accept, amlodipine, cst, events, family, MOTHER, outbox, rid, setClock, tick } from './reminder-fixtures';

let backend: Backend;
let residentId: string;
const planIds: string[] = [];

beforeAll(async () => {
  process.env.YL_REMINDER_SHARD_SIZE = '3';
  setClock(cst('2026-03-09T06:00'));
  backend = await startBackend();
  residentId = await family(backend, ['view']);
  for (let i = 0; i < 10; i += 1) {
    const plan = await backend.ok(MOTHER, 'reminder.savePlan', amlodipine(residentId, { drug: `分片药${i}`, times: ['08:00'] }), rid('plan'));
    planIds.push(plan.id);
  }
  await accept(backend, MOTHER, 12);
});
afterAll(async () => {
  delete process.env.YL_REMINDER_SHARD_SIZE;
  jest.useRealTimers();
  await backend.close();
});

describe('a busy minute split into shares', () => {
  it('runs 10 due plans as 4 shares of at most 3, in separate invocations, each occurrence sent once', async () => {
    const run = await tick(backend, cst('2026-03-09T08:00'));
    expect(run).toMatchObject({ shards: 4, claimed: 10, sent: 10 });
    const shares = backend.emulator.db.find('reminderShards', {});
    expect(shares.map((s) => (s.planIds as string[]).length).sort()).toEqual([1, 3, 3, 3]);
    expect(shares.every((s) => s.status === 'done')).toBe(true);
    expect(new Set(shares.flatMap((s) => s.planIds as string[]))).toEqual(new Set(planIds));
    for (const id of planIds) expect(events(backend, id)).toMatchObject([{ status: 'sent' }]);
    expect(outbox(backend, MOTHER)).toHaveLength(10);
  });

  it('sends nothing more when two busy ticks overlap', async () => {
    await Promise.all([tick(backend, cst('2026-03-10T08:00')), tick(backend, cst('2026-03-10T08:00'))]);
    for (const id of planIds) expect(events(backend, id)).toHaveLength(2);
    expect(outbox(backend, MOTHER)).toHaveLength(12);
    expect(backend.emulator.db.find('reminderEvents', { status: 'no_quota' })).toHaveLength(8);
  });

  it('refuses a share asked for by a WeChat user or an anonymous caller, and runs a share only once', async () => {
    const [share] = backend.emulator.db.find('reminderShards', {});
    backend.emulator.db.updateMany('reminderShards', { _id: share._id }, { $set: { status: 'pending' } });
    const forged = JSON.stringify({ Internal: 'runShard', Payload: { shardId: share._id } });
    expect((await backend.raw('reminder', forged, MOTHER)).json).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await backend.raw('reminder', forged)).json).toMatchObject({ ok: false });
    expect(backend.emulator.db.find('reminderShards', { _id: share._id })[0].status).toBe('pending');
    const inside = { Internal: 'runShard', Payload: { shardId: share._id } };
    const first = await backend.emulator.host.invoke('reminder', inside, { openid: null, source: ',scf' });
    const again = await backend.emulator.host.invoke('reminder', inside, { openid: null, source: ',scf' });
    expect(first).toMatchObject({ ok: true, data: { claimed: 0 } });
    expect(again).toEqual({ ok: true, data: null });
  });
});
