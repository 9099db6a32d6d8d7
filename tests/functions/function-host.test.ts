import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator, type Emulator } from '../../emulator/server';

let emulator: Emulator;
let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yl-host-'));
  emulator = await startEmulator({ port: 0, dataDir, functionsDir: path.join(__dirname, 'fixtures'), seed: false, timers: false });
  emulator.db.ensureCollection('ticks');
});
afterAll(async () => {
  await emulator.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function invoke(body: object, openid?: string): Promise<{ status: number; json: any }> {
  const res = await fetch(`${emulator.url}/functions/probe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-openid': openid } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

describe('function host', () => {
  it('answers GET /healthz with ok', async () => {
    const res = await fetch(`${emulator.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('gives the function its caller through context.environment and process.env, as CloudBase does', async () => {
    const { json } = await invoke({ action: 'whoami' }, 'o-alice');
    expect(json).toEqual({ contextOpenid: 'o-alice', envOpenid: 'o-alice', env: 'local-dev', appId: 'wx0000000000local' });
  });

  it('keeps each concurrent invocation to its own identity across awaits', async () => {
    const callers = Array.from({ length: 12 }, (_, i) => `o-caller-${i}`);
    const replies = await Promise.all(callers.map((c, i) => invoke({ action: 'whoami', delayMs: (12 - i) * 5 }, c)));
    replies.forEach(({ json }, i) => {
      expect(json.contextOpenid).toBe(callers[i]);
      expect(json.envOpenid).toBe(callers[i]);
    });
  });

  it('takes the identity from the dev-login cookie for the H5 app', async () => {
    const res = await fetch(`${emulator.url}/functions/probe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'yl_openid=o-cookie-user' },
      body: JSON.stringify({ action: 'whoami' }),
    });
    expect((await res.json()).contextOpenid).toBe('o-cookie-user');
  });

  it('ends a call that runs past the configured timeout with a 504 and a Chinese message', async () => {
    const { status, json } = await invoke({ action: 'slow' }, 'o-alice');
    expect(status).toBe(504);
    expect(json).toEqual({ ok: false, error: { code: 'INTERNAL', message: '服务响应超时，请稍后再试' } });
  });

  it('turns a crash inside a function into an INTERNAL reply and keeps serving', async () => {
    const { status, json } = await invoke({ action: 'crash' }, 'o-alice');
    expect(status).toBe(500);
    expect(json.error.code).toBe('INTERNAL');
    expect((await invoke({ action: 'whoami' }, 'o-alice')).json.contextOpenid).toBe('o-alice');
  });
});

describe('timer triggers', () => {
  it('runs a trigger from config.json on demand as CloudBase does: no caller, TRIGGER_SRC=timer', async () => {
    const res = await fetch(`${emulator.url}/__dev/timers/probe/everySecond`, { method: 'POST', headers: { 'x-openid': 'o-alice' } });
    expect(await res.json()).toEqual({ ticked: 'everySecond', caller: null });
    expect(emulator.db.find('ticks', { trigger: 'everySecond' }).length).toBeGreaterThanOrEqual(1);
  });

  it('fires triggers on their cron schedule once the scheduler runs', async () => {
    const scheduledDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yl-timers-'));
    const scheduled = await startEmulator({ port: 0, dataDir: scheduledDir, functionsDir: path.join(__dirname, 'fixtures'), seed: false, timers: true });
    scheduled.db.ensureCollection('ticks');
    try {
      const deadline = Date.now() + 10_000;
      while (scheduled.db.find('ticks', {}).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      const ticks = scheduled.db.find('ticks', {});
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      const seconds = new Set(ticks.map((t) => Math.floor(new Date(t.firedAt as Date).getTime() / 1000)));
      expect(seconds.size).toBe(ticks.length);
    } finally {
      await scheduled.close();
      fs.rmSync(scheduledDir, { recursive: true, force: true });
    }
  });

  it('never marks a call from a user or an anonymous HTTP call as a timer run', async () => {
    const timerBody = { Type: 'Timer', TriggerName: 'everySecond', Time: new Date().toISOString(), action: 'whoami' };
    const user = await invoke(timerBody, 'o-alice');
    expect(user.json).toEqual(expect.objectContaining({ contextOpenid: 'o-alice' }));
    expect(user.json.triggerSrc).toBeUndefined();
    const anonymous = await invoke(timerBody);
    expect(anonymous.json.triggerSrc).toBeUndefined();
    expect(anonymous.json.ticked).toBeUndefined();
  });

  it('answers an unknown trigger with NOT_FOUND', async () => {
    const res = await fetch(`${emulator.url}/__dev/timers/probe/never`, { method: 'POST' });
    expect(res.status).toBe(404);
  });
});

describe('subscribe messages through wx.api', () => {
  const template = 'tmpl-reminder';

  it('refuses to send without quota with errcode 43101 and delivers nothing', async () => {
    const { json } = await invoke({ action: 'notify', touser: 'o-nobody', templateId: template }, 'o-sender');
    expect(json.errcode).toBe(43101);
    expect(emulator.db.find('outbox', { touser: 'o-nobody' })).toHaveLength(0);
  });

  it('delivers one message per accepted subscription, then refuses', async () => {
    const grant = await fetch(`${emulator.url}/__dev/wx/requestSubscribeMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-openid': 'o-bob' },
      body: JSON.stringify({ tmplIds: [template] }),
    });
    expect(await grant.json()).toEqual({ errMsg: 'requestSubscribeMessage:ok', [template]: 'accept' });
    expect(emulator.messages.remaining('o-bob', template)).toBe(1);

    const first = await invoke({ action: 'notify', touser: 'o-bob', templateId: template }, 'o-sender');
    expect(first.json).toMatchObject({ errcode: 0, errmsg: 'ok' });
    const second = await invoke({ action: 'notify', touser: 'o-bob', templateId: template }, 'o-sender');
    expect(second.json.errcode).toBe(43101);

    const outbox = emulator.db.find('outbox', { touser: 'o-bob' });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ templateId: template, page: 'pages/me/index', data: { thing1: { value: '测试提醒' } } });
    expect(emulator.messages.remaining('o-bob', template)).toBe(0);
  });

  it('refuses an open API the calling function does not declare in its config.json, as the cloud does', async () => {
    const { json } = await invoke({ action: 'readCard' }, 'o-sender');
    expect(json).toMatchObject({ errcode: -604101, errmsg: expect.stringContaining('ocr.idcard') });
  });

  it('spends each unit of quota once when sends race', async () => {
    emulator.messages.grant('o-carol', [template]);
    emulator.messages.grant('o-carol', [template]);
    const replies = await Promise.all(
      Array.from({ length: 6 }, () => invoke({ action: 'notify', touser: 'o-carol', templateId: template }, 'o-sender')),
    );
    expect(replies.filter((r) => r.json.errcode === 0)).toHaveLength(2);
    expect(replies.filter((r) => r.json.errcode === 43101)).toHaveLength(4);
    expect(emulator.db.find('outbox', { touser: 'o-carol' })).toHaveLength(2);
  });
});

describe('dev login', () => {
  it('lists the demo personas and sets the identity cookie on choice', async () => {
    const page = await fetch(`${emulator.url}/__dev/login?next=/pages/me/index`);
    const html = await page.text();
    expect(html).toContain('选择身份');
    expect(html).toContain('李桂兰');
    const choose = await fetch(`${emulator.url}/__dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'openid=o-resident-ligl&next=%2Fpages%2Fme%2Findex',
      redirect: 'manual',
    });
    expect(choose.status).toBe(302);
    expect(choose.headers.get('location')).toBe('/pages/me/index');
    expect(choose.headers.get('set-cookie')).toMatch(/^yl_openid=o-resident-ligl;/);
  });

  it('refuses an open redirect and a malformed openid', async () => {
    const choose = await fetch(`${emulator.url}/__dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'openid=o-ok-user&next=%2F%2Fevil.example',
      redirect: 'manual',
    });
    expect(choose.headers.get('location')).toBe('/');
    const bad = await fetch(`${emulator.url}/__dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'openid=%3Cscript%3E',
      redirect: 'manual',
    });
    expect(bad.status).toBe(400);
  });
});
