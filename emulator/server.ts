import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { openDatabase, type EmulatorDatabase } from './db';
import { INDEXES, COLLECTIONS } from '../cloudfunctions/core/indexes';
import { FunctionHost } from './functions/function-host';
import { TimerScheduler } from './functions/timer-scheduler';
import { SubscribeMessages, WX_INDEXES } from './wx/subscribe-message';
import { PhoneNumbers } from './wx/phone-number';
import { IdCardOcr } from './wx/id-card-ocr';
import { FacialVerification } from './wx/facial-verify';
import { enrollPersonas } from './seed/real-names';
import tcb from '@cloudbase/node-sdk';
import { seedDemoData, seedDemoStory } from './seed';
import { createRoutes } from './routes';
import { BodyTooLargeError } from './http/io';

export interface EmulatorOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  dataDir: string;
  /** Folder of deployable functions, each with a built index.js. */
  functionsDir?: string;
  /** Built H5 app to serve at `/`. */
  h5Dir?: string;
  /** Load the Yunnan demo data (accounts, grids, teams, packages) on the first start of `dataDir`. */
  seed?: boolean;
  /**
   * Also play the demo story through the functions on the first start (records, contracts, family
   * access; see seed/demo-story.ts), for `npm start`. Tests leave it off and make their own data.
   */
  demoStory?: boolean;
  /** Environment variables of every function, as the deployment sets them (e.g. `YL_WRITE_LIMITS=off`). */
  functionEnv?: Record<string, string>;
  /** Run timer triggers on their schedules. */
  timers?: boolean;
  envId?: string;
  appId?: string;
  log?: (line: string) => void;
}

export interface Emulator {
  url: string;
  port: number;
  db: EmulatorDatabase;
  host: FunctionHost;
  messages: SubscribeMessages;
  /** WeChat's 人脸核身 stand-in (`enroll` says who the person behind an account really is). */
  faces: FacialVerification;
  close(): Promise<void>;
}

/**
 * Points `@cloudbase/node-sdk` in this process at the emulator, as CloudBase's runtime would point it
 * at the real service: TENCENTCLOUD skips the metadata-server lookups that cost ~60 ms per call offline.
 * Each function invocation also gets the URL of its own emulator (several may run in one test process).
 */
function configureSdkEnvironment(url: string, envId: string): void {
  process.env.TENCENTCLOUD = 'true';
  process.env.SILENCE = 'true';
  process.env.TENCENTCLOUD_SECRETID ??= 'local';
  process.env.TENCENTCLOUD_SECRETKEY ??= 'local';
  process.env.TCB_ENV = envId;
  process.env.SCF_NAMESPACE = envId;
  process.env.TCB_CONTEXT_CNFG = JSON.stringify({ URL: `${url}/admin` });
}

export async function startEmulator(opts: EmulatorOptions): Promise<Emulator> {
  const envId = opts.envId ?? 'local-dev';
  const appId = opts.appId ?? 'wx0000000000local';
  const log = opts.log ?? (() => undefined);
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const db = openDatabase({ file: path.join(opts.dataDir, 'cloudbase.sqlite'), indexes: [...INDEXES, ...WX_INDEXES] });
  for (const name of COLLECTIONS) db.ensureCollection(name);
  const messages = new SubscribeMessages(db);
  const phones = new PhoneNumbers(db, appId);
  const idCards = new IdCardOcr();
  const faces = new FacialVerification(db);
  const host = new FunctionHost({ functionsDir: opts.functionsDir ?? path.resolve('cloudfunctions'), envId, appId, env: opts.functionEnv });

  // Bound to a specific address (say, a LAN address for a phone), that address is a valid Host too.
  const bound = opts.host && !['0.0.0.0', '::'].includes(opts.host) ? [opts.host.includes(':') ? `[${opts.host}]` : opts.host] : [];
  const routes = createRoutes({ db, host, messages, phones, idCards, faces, h5Dir: opts.h5Dir, allowedHosts: bound, log });
  const server = http.createServer((req, res) => {
    routes(req, res).catch((err: Error) => {
      const tooLarge = err instanceof BodyTooLargeError;
      if (!tooLarge) log(`request failed: ${err.stack ?? err.message}`);
      if (!res.headersSent) res.writeHead(tooLarge ? 413 : 500, { 'content-type': 'application/json' });
      res.end(JSON.stringify(tooLarge ? { code: 'EXCEED_REQUEST_SIZE_LIMIT', message: 'request body too large' } : { code: 'INTERNAL', message: 'internal error' }));
    });
  });
  // The SDK keeps sockets alive for 4.8 s; the server must keep them longer or reused sockets reset.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8787, opts.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  configureSdkEnvironment(url, envId);
  host.setAdminUrl(`${url}/admin`);
  if (opts.seed) {
    const sdk = tcb.init({ env: envId, serviceUrl: `${url}/admin`, secretId: 'local', secretKey: 'local' });
    await seedDemoData(sdk.database());
    if (opts.demoStory) {
      enrollPersonas(faces);
      // The story is one trusted batch of many writes per persona within a minute: it runs with the write
      // limits off, as an import would be configured; the functions serving users keep them.
      await seedDemoStory(sdk.database(), host.withEnv({ YL_WRITE_LIMITS: 'off' }), log, faces);
    }
  }

  const scheduler = new TimerScheduler(host, log);
  if (opts.timers) scheduler.start();

  return {
    url,
    port,
    db,
    host,
    messages,
    faces,
    async close() {
      scheduler.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      db.close();
    },
  };
}
