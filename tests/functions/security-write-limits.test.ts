import { startBackend, type Backend } from './harness';
import { setClock } from './reminder-fixtures';

/** Per-caller write limits as deployed (30 calls of a write action a minute), on a clock the test moves. */
let backend: Backend;
const CALLER = 'o-rate-busy';
// One second into a minute, so that all the calls below fall into one window.
const START = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 60_000 + 1_000);

beforeAll(async () => {
  backend = await startBackend({ writeLimits: true });
  setClock(START);
});
afterAll(async () => {
  jest.useRealTimers();
  await backend.close();
});

const everything = () => backend.emulator.db.fingerprint();
const elderMode = () => backend.emulator.db.find('accounts', { _id: CALLER })[0]?.elderMode;

describe('writes per caller', () => {
  it('refuses the 31st write of an action within a minute with TOO_MANY_ATTEMPTS, saying when to try again, and writes nothing', async () => {
    for (let i = 0; i < 30; i += 1) await backend.ok(CALLER, 'resident.setElderMode', { enabled: i % 2 === 0 });
    expect(elderMode()).toBe(false);
    const before = everything();
    const reply = await backend.call(CALLER, 'resident.setElderMode', { enabled: true });
    expect(reply).toEqual({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', message: '操作太频繁，请在 59 秒后再试' } });
    expect(everything()).toEqual(before);
    expect(elderMode()).toBe(false);
  });

  it('does not limit reads, nor the same caller’s other actions, nor other callers', async () => {
    for (let i = 0; i < 40; i += 1) expect((await backend.call(CALLER, 'resident.me', {})).ok).toBe(true);
    await backend.ok(CALLER, 'resident.recordSubscriptions', { accepted: ['medicationReminder'] });
    await backend.ok('o-rate-other', 'resident.setElderMode', { enabled: true });
  });

  it('lets the caller write again once the minute is over', async () => {
    setClock(new Date(START.getTime() + 58_000));
    expect(await backend.call(CALLER, 'resident.setElderMode', { enabled: true })).toMatchObject({ error: { code: 'TOO_MANY_ATTEMPTS', message: '操作太频繁，请在 1 秒后再试' } });
    setClock(new Date(START.getTime() + 59_000));
    expect(await backend.ok(CALLER, 'resident.setElderMode', { enabled: true })).toMatchObject({ elderMode: true });
    expect(elderMode()).toBe(true);
  });
});
