import { startBackend, type Backend } from './harness';
import { ALL_ACTIONS, describeFailures, fuzzActions } from '../fuzz/fuzz-runner';

// Every action of the registry, called with inputs drawn from its schema and then corrupted. The run
// is seeded: FUZZ_SEED replays a failing run, FUZZ_CASES changes its size (`npm run fuzz` runs 10,000).
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const CASES = Number(process.env.FUZZ_CASES ?? 1000);

let backend: Backend;
let quiet: jest.SpyInstance;
beforeAll(async () => {
  backend = await startBackend({ demoStory: true });
  // Tens of thousands of refused calls would each log a line; a failure names its seed to replay instead.
  quiet = jest.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterAll(async () => {
  quiet.mockRestore();
  await backend.close();
});

test.each(ALL_ACTIONS)(`%s answers ${CASES} corrupted calls with product errors only, and a refused call changes no data`, async (action) => {
  const report = await fuzzActions(backend.emulator, [action], CASES, SEED);
  expect(report.cases).toBe(CASES);
  if (report.failures.length > 0) throw new Error(`${report.failures.length} failing cases\n${describeFailures(report, SEED)}`);
});

describe('calls that once crashed a function', () => {
  it('refuses a roster day whose next day is past year 9999 as invalid input', async () => {
    const reply = await backend.call('o-staff-zhangyi', 'appointment.roster', { day: '9999-12-31' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'day' } });
  });

  it('treats a sojourn stay as no contract: reading, opening the agreement or ending it by contract id finds nothing and changes nothing', async () => {
    const [stay] = backend.emulator.db.find('contracts', { kind: 'sojourn', residentOpenid: 'o-resident-chenjg' });
    const before = JSON.stringify(backend.emulator.db.find('contracts', { _id: stay._id }));
    for (const [name, input] of [
      ['contract.get', { contractId: stay._id }],
      ['contract.agreement', { contractId: stay._id }],
      ['contract.cancel', { contractId: stay._id, reason: '不住了' }],
    ] as const) {
      expect(await backend.call('o-resident-chenjg', name, input)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(JSON.stringify(backend.emulator.db.find('contracts', { _id: stay._id }))).toBe(before);
  });

  it('gives the sojourn team its triage list although its active contracts are stays without packages', async () => {
    const reply = await backend.call('o-staff-yangli', 'health.triage', {});
    expect(reply.ok).toBe(true);
  });
});
