import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator, type Emulator } from '../../emulator/server';
import type { ActionInput, ActionName, ActionOutput, ApiError } from '../../shared/api';
import { ACTIONS } from '../../shared/api';
import { replyLeaks } from './security/reply-recorder';
import { perFile } from '../per-file';

export type Reply<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export interface Backend {
  emulator: Emulator;
  /** Calls an action as `openid` (null: no identity) through the emulator's function host over HTTP. */
  call<N extends ActionName>(openid: string | null, name: N, input: unknown, requestId?: string): Promise<Reply<ActionOutput<N>>>;
  /** Like call, but fails the test unless the reply is ok. */
  ok<N extends ActionName>(openid: string, name: N, input: ActionInput<N>, requestId?: string): Promise<ActionOutput<N>>;
  /** Sends a raw body to a function, for malformed-request tests. */
  raw(fn: string, body: string, openid?: string): Promise<{ status: number; json: unknown }>;
  close(): Promise<void>;
}

/**
 * A fresh local CloudBase on a free port with an empty temporary data dir (demo data when `seed`,
 * and the demo story of `npm start` when `demoStory`), or on `dataDir`, which is then kept; the
 * per-caller write limits only when `writeLimits`.
 */
export async function startBackend({
  seed = true,
  demoStory = false,
  dataDir: keptDir,
  writeLimits = false,
}: { seed?: boolean; demoStory?: boolean; dataDir?: string; writeLimits?: boolean } = {}): Promise<Backend> {
  // A data dir given by the caller outlives the backend (another emulator opens it next).
  const dataDir = keptDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'yl-fn-'));
  const emulator = await startEmulator({
    port: 0,
    dataDir,
    functionsDir: path.resolve(__dirname, '../../cloudfunctions'),
    seed,
    demoStory,
    // Most suites make many writes per caller within a minute; the write limits have suites of their own.
    functionEnv: writeLimits ? {} : { YL_WRITE_LIMITS: 'off' },
    timers: false,
  });

  async function raw(fn: string, body: string, openid?: string) {
    const res = await fetch(`${emulator.url}/functions/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(openid ? { 'x-openid': openid } : {}) },
      body,
    });
    return { status: res.status, json: await res.json() };
  }

  async function call<N extends ActionName>(openid: string | null, name: N, input: unknown, requestId?: string) {
    const { fn } = ACTIONS[name];
    const action = name.slice(fn.length + 1);
    const { json } = await raw(fn, JSON.stringify({ action, input, requestId }), openid ?? undefined);
    // Every reply of every suite is scanned: a full ID number or someone else's openid fails the call.
    const leaked = replyLeaks(openid, name, json);
    if (leaked.length > 0) throw new Error(`reply gave away what the caller may not see: ${leaked.join('; ')}`);
    return json as Reply<ActionOutput<N>>;
  }

  return {
    emulator,
    call,
    raw,
    async ok(openid, name, input, requestId) {
      const reply = await call(openid, name, input, requestId);
      if (!reply.ok) throw new Error(`${name} failed: ${reply.error.code} ${reply.error.message}`);
      return reply.data;
    },
    async close() {
      await emulator.close();
      if (!keptDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts a backend (startBackend, with its defaults) before the tests of the calling file and closes
 * it after them. Call it at the top of the file; the backend is there from the first beforeAll on
 * (its own close is for the end of the file, which this does).
 */
export function startBackendForFile(): Backend {
  const running = perFile('backend', () => startBackend(), (backend) => backend.close());
  return {
    get emulator() {
      return running().emulator;
    },
    call: (openid, name, input, requestId) => running().call(openid, name, input, requestId),
    ok: (openid, name, input, requestId) => running().ok(openid, name, input, requestId),
    raw: (fn, body, openid) => running().raw(fn, body, openid),
    close: () => running().close(),
  };
}
