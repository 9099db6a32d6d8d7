import fs from 'node:fs';
import { EJSON } from 'bson';
import { emulatorBundle, startChild, type ChildEmulator } from './helpers/child-emulator';
import { tempDir } from './helpers/harness';

// SIGKILL the emulator while writes are in flight; after a restart every acknowledged write is there
// and no batch insert or multi update is half-applied.
const COLL = 'durable';
const GROUP = 20;
const BATCH = 5;

async function admin(url: string, body: Record<string, unknown>): Promise<any> {
  const res = await fetch(`${url}/admin?env=local-dev`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ envName: 'local-dev', ...body }),
  });
  return res.json();
}

async function readAll(url: string): Promise<any[]> {
  const docs: any[] = [];
  for (let offset = 0; ; offset += 1000) {
    const res = await admin(url, { action: 'database.getDocument', collectionName: COLL, queryType: 'WHERE', limit: 1000, offset });
    expect(res.code).toBeUndefined();
    docs.push(...res.data.list.map((s: string) => EJSON.parse(s)));
    if (res.data.list.length < 1000) return docs;
  }
}

let dataDir: string;
let child: ChildEmulator | undefined;

beforeAll(() => {
  dataDir = tempDir('yl-durability-');
});
afterAll(async () => {
  await child?.kill();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('keeps every acknowledged write and no partial batch or multi update across a SIGKILL', async () => {
  const bundle = await emulatorBundle();
  child = await startChild(bundle, dataDir);
  const url = child.url;
  expect((await admin(url, { action: 'database.addCollection', collectionName: COLL })).code).toBeUndefined();
  const group = Array.from({ length: GROUP }, (_, i) => JSON.stringify({ _id: `m-${i}`, grp: 'm', gen: 0 }));
  expect((await admin(url, { action: 'database.insertDocument', collectionName: COLL, data: group })).code).toBeUndefined();

  const ackedSingles: string[] = [];
  const ackedBatches: number[] = [];
  const ackedGens: number[] = [];
  let seq = 0;
  let stop = false;

  // Eight clients write as fast as they can: single inserts, 5-document batches, 20-document updates.
  const client = async (): Promise<void> => {
    while (!stop) {
      const n = ++seq;
      try {
        if (n % 3 === 0) {
          const data = Array.from({ length: BATCH }, (_, k) => JSON.stringify({ _id: `b-${n}-${k}`, batch: n, payload: 'x'.repeat(200) }));
          const res = await admin(url, { action: 'database.insertDocument', collectionName: COLL, data });
          if (!res.code) ackedBatches.push(n);
        } else if (n % 3 === 1) {
          const res = await admin(url, { action: 'database.insertDocument', collectionName: COLL, data: [JSON.stringify({ _id: `s-${n}`, n })] });
          if (!res.code) ackedSingles.push(`s-${n}`);
        } else {
          const res = await admin(url, {
            action: 'database.modifyDocument', collectionName: COLL, queryType: 'WHERE', query: '{"grp":"m"}',
            data: JSON.stringify({ $set: { gen: n } }), multi: true, merge: true, upsert: false,
          });
          if (!res.code && res.data.updated === GROUP) ackedGens.push(n);
        }
      } catch {
        return; // the server is gone
      }
    }
  };
  const clients = Array.from({ length: 8 }, client);
  while (ackedSingles.length + ackedBatches.length + ackedGens.length < 300) await new Promise((r) => setTimeout(r, 5));
  await child.kill();
  stop = true;
  await Promise.all(clients);
  expect(ackedSingles.length).toBeGreaterThan(0);
  expect(ackedBatches.length).toBeGreaterThan(0);
  expect(ackedGens.length).toBeGreaterThan(0);

  child = await startChild(bundle, dataDir);
  const docs = await readAll(child.url);
  const ids = new Set(docs.map((d) => d._id));

  for (const id of ackedSingles) expect(ids.has(id)).toBe(true);
  for (const n of ackedBatches) for (let k = 0; k < BATCH; k++) expect(ids.has(`b-${n}-${k}`)).toBe(true);

  const batches = new Map<number, number>();
  for (const d of docs) if (d.batch !== undefined) batches.set(d.batch, (batches.get(d.batch) ?? 0) + 1);
  for (const count of batches.values()) expect(count).toBe(BATCH);

  const gens = new Set(docs.filter((d) => d.grp === 'm').map((d) => d.gen));
  expect(docs.filter((d) => d.grp === 'm')).toHaveLength(GROUP);
  expect(gens.size).toBe(1);
  expect([...gens][0]).toBeGreaterThan(0);
  for (const d of docs.filter((x) => x.payload !== undefined)) expect(d.payload).toBe('x'.repeat(200));
});
