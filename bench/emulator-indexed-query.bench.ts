// Emulator database figures:
//   BENCH emulator.indexed_query_growth_100k_vs_1k <ratio> x  median indexed equality query through
//     handle() on 100k documents over the same on 1k (an index keeps this near 1; a scan would be ~100)
//   BENCH emulator.sdk_roundtrip_ms <ms> ms  median doc().get() through the real SDK over HTTP
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase, type EmulatorDatabase } from '../emulator/db';
import { startEmulator } from '../emulator/server';

const MATCHES_PER_KEY = 10;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** One SQLite transaction per collection, through the in-process API. */
function load(db: EmulatorDatabase, coll: string, n: number): void {
  db.ensureCollection(coll);
  const keys = n / MATCHES_PER_KEY;
  const docs = Array.from({ length: n }, (_, i) => ({
    k: `key-${i % keys}`,
    residentId: `r${i}`,
    status: i % 3 ? 'active' : 'ended',
    at: new Date(1_700_000_000_000 + i * 60_000),
    tags: ['a', 'b'],
  }));
  db.insert(coll, docs);
}

async function medianQueryMs(db: EmulatorDatabase, coll: string, n: number, rounds: number): Promise<number> {
  const keys = n / MATCHES_PER_KEY;
  const times: number[] = [];
  for (let i = 0; i < rounds + 50; i++) {
    const body = {
      action: 'database.getDocument',
      collectionName: coll,
      queryType: 'WHERE',
      query: JSON.stringify({ k: `key-${(i * 7919) % keys}` }),
      limit: 100,
    };
    const started = performance.now();
    const res = await db.handle(body);
    const took = performance.now() - started;
    if ((res.data as { list: unknown[] }).list.length !== MATCHES_PER_KEY) throw new Error(`unexpected result ${JSON.stringify(res)}`);
    if (i >= 50) times.push(took); // the first 50 warm up the JIT and SQLite's page cache
  }
  return median(times);
}

async function indexedQueryGrowth(dir: string): Promise<number> {
  const db = openDatabase({ file: path.join(dir, 'bench.sqlite'), indexes: [{ collection: 'small', field: 'k' }, { collection: 'big', field: 'k' }] });
  try {
    load(db, 'small', 1_000);
    load(db, 'big', 100_000);
    if (db.explain('big', { k: 'key-1' }).index !== 'k') throw new Error('the benchmark query does not use the index');
    const small = await medianQueryMs(db, 'small', 1_000, 400);
    const big = await medianQueryMs(db, 'big', 100_000, 400);
    return big / small;
  } finally {
    db.close();
  }
}

async function sdkRoundTripMs(dir: string): Promise<number> {
  const emulator = await startEmulator({ port: 0, dataDir: path.join(dir, 'emulator'), seed: false });
  try {
    emulator.db.ensureCollection('bench');
    emulator.db.insert('bench', [{ _id: 'doc-1', name: '云岭', at: new Date(), loc: { type: 'Point', coordinates: [102.7, 25.04] } }]);
    process.env.TENCENTCLOUD = 'true';
    process.env.SILENCE = 'true';
    const tcb = require('@cloudbase/node-sdk');
    const database = tcb.init({ env: 'local-dev', secretId: 'local', secretKey: 'local', serviceUrl: `${emulator.url}/admin` }).database();
    const doc = database.collection('bench').doc('doc-1');
    const times: number[] = [];
    for (let i = 0; i < 330; i++) {
      const started = performance.now();
      const res = await doc.get();
      const took = performance.now() - started;
      if (res.data[0]?._id !== 'doc-1') throw new Error('doc().get() returned the wrong document');
      if (i >= 30) times.push(took);
    }
    return median(times);
  } finally {
    await emulator.close();
  }
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yl-bench-db-'));
  try {
    const ratio = await indexedQueryGrowth(dir);
    console.log(`BENCH emulator.indexed_query_growth_100k_vs_1k ${ratio.toFixed(2)} x`);
    const ms = await sdkRoundTripMs(dir);
    console.log(`BENCH emulator.sdk_roundtrip_ms ${ms.toFixed(2)} ms`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
