import { startBackend, type Backend } from './harness';
import { adultProfile, approve, endIn, fireTimer, signUp } from './contract-fixtures';

let backend: Backend;
const ATTACKER = 'o-timer-attacker';
let contractId: string;

beforeAll(async () => {
  backend = await startBackend();
  const residentId = await adultProfile(backend, ATTACKER);
  contractId = (await approve(backend, (await signUp(backend, ATTACKER, residentId)).id)).id;
  // Inside the renewal window, so an early renewalNotices run would have something to send.
  endIn(backend, contractId, 20);
});
afterAll(() => backend.close());

const contractState = () => backend.emulator.db.find('contracts', { _id: contractId })[0];
const FAR_FUTURE = '2099-01-01T00:05:00.000Z';

describe('a caller who forges a timer event', () => {
  it.each(['expireContracts', 'renewalNotices'])('cannot run %s from the mini-program: INVALID_INPUT and nothing changes', async (trigger) => {
    const before = { contract: contractState(), notices: backend.emulator.db.count('notices', {}) };
    const { status, json } = await backend.raw('contract', JSON.stringify({ Type: 'Timer', TriggerName: trigger, Time: FAR_FUTURE }), ATTACKER);
    expect(status).toBe(200);
    expect(json).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(contractState()).toEqual(before.contract);
    expect(backend.emulator.db.count('notices', {})).toBe(before.notices);
  });

  it('cannot hide the timer fields inside an ordinary action call', async () => {
    const body = { action: 'mine', input: {}, Type: 'Timer', TriggerName: 'expireContracts', Time: FAR_FUTURE };
    const { json } = await backend.raw('contract', JSON.stringify(body), ATTACKER);
    expect(json).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(contractState().status).toBe('active');
  });

  it('cannot run a timer without signing in either', async () => {
    const { status, json } = await backend.raw('contract', JSON.stringify({ Type: 'Timer', TriggerName: 'expireContracts', Time: FAR_FUTURE }));
    expect(status).toBe(200);
    expect(json).toMatchObject({ ok: false });
    expect(contractState().status).toBe('active');
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('reaches no inherited name such as %s, not even as a genuine timer run', async (name) => {
    const forged = await backend.raw('contract', JSON.stringify({ Type: 'Timer', TriggerName: name }), ATTACKER);
    expect(forged).toEqual({ status: 200, json: { ok: false, error: expect.objectContaining({ code: 'INVALID_INPUT' }) } });
    const genuine = await backend.emulator.host.invoke('contract', { Type: 'Timer', TriggerName: name }, { openid: null, timer: true });
    expect(genuine).toEqual({ ok: false, error: expect.objectContaining({ code: 'INVALID_INPUT' }) });
  });

  it.each(['yesterday', '2026-13-45T00:00:00Z', '', 42])('has a genuine timer run with a bad Time (%p) refused, not run at an Invalid Date', async (Time) => {
    const reply = await backend.emulator.host.invoke('contract', { Type: 'Timer', TriggerName: 'expireContracts', Time }, { openid: null, timer: true });
    expect(reply).toEqual({ ok: false, error: expect.objectContaining({ code: 'INVALID_INPUT' }) });
    expect(contractState().status).toBe('active');
  });
});

describe('the real timer', () => {
  it('still runs from the scheduler and the dev helper, and sends the renewal notice once', async () => {
    const run = await fireTimer(backend, 'renewalNotices');
    expect(run).toMatchObject({ ok: true, data: { sent: 1 } });
    expect(backend.emulator.db.count('notices', { openid: ATTACKER, kind: 'renewal_due' })).toBe(1);
  });
});
