import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator } from '../../../emulator/server';
import type { EmulatorDatabase } from '../../../emulator/db';

/** The real SDK, with the metadata-server lookups switched off as in the function host. */
export function loadSdk(): any {
  process.env.TENCENTCLOUD = 'true';
  process.env.SILENCE = 'true';
  return require('@cloudbase/node-sdk');
}

export interface Harness {
  url: string;
  db: EmulatorDatabase;
  /** `app.database()` of the real SDK, pointed at this emulator. */
  database: any;
  /** `database.command`. */
  _: any;
  /** Raw `POST /admin` with a JSON (or raw text) body; returns the parsed JSON reply. */
  post(body: unknown): Promise<any>;
  close(): Promise<void>;
}

export const tempDir = (prefix: string): string => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

/** An emulator on a free port with an empty temporary data dir, and an SDK client for it. */
export async function startHarness(): Promise<Harness> {
  const dataDir = tempDir('yl-emulator-db-');
  const emulator = await startEmulator({ port: 0, dataDir, seed: false });
  const tcb = loadSdk();
  const app = tcb.init({ env: 'local-dev', secretId: 'local', secretKey: 'local', serviceUrl: `${emulator.url}/admin` });
  const database = app.database();
  return {
    url: emulator.url,
    db: emulator.db,
    database,
    _: database.command,
    async post(body) {
      const res = await fetch(`${emulator.url}/admin?env=local-dev`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return res.json();
    },
    async close() {
      await emulator.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A collection name no other test in the file uses. */
let counter = 0;
export const freshName = (stem: string): string => `${stem}_${++counter}_${Date.now().toString(36)}`;
