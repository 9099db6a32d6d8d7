import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator, type Emulator } from '../../emulator/server';

let emulator: Emulator;
let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yl-calls-'));
  emulator = await startEmulator({ port: 0, dataDir, functionsDir: path.join(__dirname, 'fixtures'), seed: false, timers: false });
  emulator.db.ensureCollection('ticks');
});
afterAll(async () => {
  await emulator.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Calls `relay` as a signed-in WeChat user; relay calls `name` with `data` through app.callFunction. */
async function relay(name: unknown, data: unknown, openid = 'o-alice'): Promise<any> {
  const res = await fetch(`${emulator.url}/functions/relay`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-openid': openid },
    body: JSON.stringify({ name, data }),
  });
  return res.json();
}

describe('app.callFunction from inside a function', () => {
  it('reaches the local callee with the data as its event and returns its result', async () => {
    const reply = await relay('probe', { action: 'context', payload: { n: 1, text: '提醒' } });
    expect(reply.result.payload).toEqual({ n: 1, text: '提醒' });
    expect(reply.requestId).toBe('string');
  });

  it('gives the callee no WeChat caller, even when a user started the chain', async () => {
    const { result } = await relay('probe', { action: 'context' }, 'o-alice');
    expect(result.openid).toBe('');
    expect(result.userInfo).toBeNull();
  });

  it('marks the callee as called by a function (wx_client,scf), distinct from a user call and a timer run', async () => {
    const { result } = await relay('probe', { action: 'context' });
    expect(result.source).toBe('wx_client,scf');
    const direct = await fetch(`${emulator.url}/functions/probe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-openid': 'o-alice' },
      body: JSON.stringify({ action: 'context' }),
    });
    expect((await direct.json()).source).toBe('wx_client');
  });

  it('never makes the callee a timer run, even when the data is shaped like a timer event', async () => {
    const { result } = await relay('probe', { action: 'context', Type: 'Timer', TriggerName: 'everySecond', Time: new Date().toISOString() });
    expect(result.timer).toBeNull();
    expect(result.source).toBe('wx_client,scf');
    expect(emulator.db.find('ticks', {})).toEqual([]);
  });

  it('lets a timer run hand work to another invocation, which runs with no caller and is not a timer run', async () => {
    const res = await fetch(`${emulator.url}/__dev/timers/relay/fanOut`, { method: 'POST' });
    const { result } = await res.json();
    expect(result).toMatchObject({ openid: '', timer: null, userInfo: null, payload: { from: 'fanOut' } });
    expect(result.source.endsWith('scf')).toBe(true);
  });

  it('ends a callee that runs past its own timeout with FUNCTIONS_TIME_LIMIT_EXCEEDED', async () => {
    const reply = await relay('probe', { action: 'slow' });
    expect(reply.error.code).toBe('FUNCTIONS_TIME_LIMIT_EXCEEDED');
  });

  it('answers a crash in the callee with FUNCTIONS_EXECUTE_FAIL', async () => {
    const reply = await relay('probe', { action: 'crash' });
    expect(reply.error.code).toBe('FUNCTIONS_EXECUTE_FAIL');
  });

  it('answers an unknown function name with FUNCTION_NOT_FOUND', async () => {
    const reply = await relay('no-such-function', {});
    expect(reply.error.code).toBe('FUNCTION_NOT_FOUND');
  });
});

describe('function gateway edges', () => {
  it('refuses a call sent as a form or plain text (a cross-site page could send those) with 415', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const res = await fetch(`${emulator.url}/functions/probe`, {
        method: 'POST',
        headers: { 'content-type': type, cookie: 'yl_openid=o-alice' },
        body: JSON.stringify({ action: 'context' }),
      });
      expect(res.status).toBe(415);
      expect(await res.json()).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: '请求格式不正确' } });
    }
  });

  it('answers an over-size call with 413 in the product error shape', async () => {
    const res = await fetch(`${emulator.url}/functions/probe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-openid': 'o-alice' },
      body: JSON.stringify({ action: 'context', payload: 'x'.repeat(6 * 1024 * 1024) }),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('INVALID_INPUT');
  });
});
