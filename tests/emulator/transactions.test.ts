import { openDatabase } from '../../emulator/db';
import { loadSdk, startHarness, type Harness } from './helpers/harness';
import { serveDatabase } from './helpers/serve-database';

let h: Harness;
let name = 0;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** A new collection holding the given documents. */
async function collectionWith(docs: Record<string, unknown>[]): Promise<string> {
  const coll = `tx${++name}`;
  await h.database.createCollection(coll);
  if (docs.length > 0) await h.database.collection(coll).add(docs);
  return coll;
}

const readDoc = async (coll: string, id: string) => (await h.database.collection(coll).doc(id).get()).data[0] ?? null;

async function failure(call: () => Promise<unknown>): Promise<any> {
  try {
    await call();
  } catch (err) {
    return err;
  }
  throw new Error('expected the call to fail');
}

describe('runTransaction', () => {
  test('commits every write of the callback together', async () => {
    const coll = await collectionWith([{ _id: 'a', n: 1 }, { _id: 'gone' }]);
    const result = await h.database.runTransaction(async (t: any) => {
      const c = t.collection(coll);
      const { data } = await c.doc('a').get();
      await c.doc('a').update({ n: data.n + 1 });
      const added = await c.add({ _id: 'b', made: 'in-tx' });
      await c.doc('s').set({ s: 1 });
      await c.doc('gone').remove();
      return added;
    });
    expect(result).toMatchObject({ inserted: 1, ok: 1, id: 'b' });
    expect(await readDoc(coll, 'a')).toEqual({ _id: 'a', n: 2 });
    expect(await readDoc(coll, 'b')).toEqual({ _id: 'b', made: 'in-tx' });
    expect(await readDoc(coll, 's')).toEqual({ _id: 's', s: 1 });
    expect(await readDoc(coll, 'gone')).toBeNull();
    expect(h.db.liveTransactions()).toBe(0);
  });

  test('rolls everything back when the callback throws, and rethrows', async () => {
    const coll = await collectionWith([{ _id: 'a', n: 1 }]);
    const err = await failure(() =>
      h.database.runTransaction(async (t: any) => {
        await t.collection(coll).doc('a').update({ n: 99 });
        await t.collection(coll).add({ _id: 'b' });
        throw new Error('boom');
      }),
    );
    expect(err.message).toBe('boom');
    expect(await readDoc(coll, 'a')).toEqual({ _id: 'a', n: 1 });
    expect(await readDoc(coll, 'b')).toBeNull();
    expect(h.db.liveTransactions()).toBe(0);
  });

  test("rolls back on t.rollback('reason') and rejects with the reason", async () => {
    const coll = await collectionWith([{ _id: 'a', n: 1 }]);
    const err = await failure(() =>
      h.database.runTransaction(async (t: any) => {
        await t.collection(coll).doc('a').update({ n: 5 });
        await t.rollback('custom-reason');
      }),
    );
    expect(err).toBe('custom-reason');
    expect(await readDoc(coll, 'a')).toEqual({ _id: 'a', n: 1 });
  });

  test('lets 10 concurrent read-then-increment transactions land exactly once each or fail cleanly', async () => {
    const coll = await collectionWith([{ _id: 'counter', n: 0 }]);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        h.database.runTransaction(async (t: any) => {
          const { data } = await t.collection(coll).doc('counter').get();
          await t.collection(coll).doc('counter').update({ n: data.n + 1 });
        }),
      ),
    );
    const landed = outcomes.filter((o) => o.status === 'fulfilled').length;
    const failed = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(landed).toBeGreaterThan(0);
    for (const f of failed) expect(f.reason.code).toBe('DATABASE_TRANSACTION_CONFLICT');
    expect((await readDoc(coll, 'counter')).n).toBe(landed);
    expect(h.db.liveTransactions()).toBe(0);
  });
});

describe('startTransaction', () => {
  test('keeps uncommitted writes invisible to other readers until commit', async () => {
    const coll = await collectionWith([{ _id: 'a', n: 1 }]);
    const t = await h.database.startTransaction();
    await t.collection(coll).doc('a').update({ n: 5 });
    await t.collection(coll).add({ _id: 'new', n: 7 });
    expect(await readDoc(coll, 'a')).toEqual({ _id: 'a', n: 1 });
    expect((await h.database.collection(coll).where({ n: h._.gt(4) }).get()).data).toEqual([]);
    expect((await t.collection(coll).doc('a').get()).data).toEqual({ _id: 'a', n: 5 });
    const inTx = await t.collection(coll).where({ n: h._.gt(4) }).get();
    expect(inTx.data.map((d: any) => d._id).sort()).toEqual(['a', 'new']);
    await t.commit();
    expect(await readDoc(coll, 'a')).toEqual({ _id: 'a', n: 5 });
    expect(await readDoc(coll, 'new')).toEqual({ _id: 'new', n: 7 });
  });

  test('answers doc().get() of a missing document with null inside a transaction', async () => {
    const coll = await collectionWith([]);
    const t = await h.database.startTransaction();
    expect((await t.collection(coll).doc('none').get()).data).toBeNull();
    await t.rollback();
  });

  test('reports set() upserts and updateAndReturn() inside a transaction', async () => {
    const coll = await collectionWith([{ _id: 'a', n: 1 }]);
    const t = await h.database.startTransaction();
    expect(await t.collection(coll).doc('b').set({ n: 2 })).toMatchObject({ updated: 0, upserted: [{ _id: 'b' }] });
    const res = await t.collection(coll).where({ _id: 'a' }).updateAndReturn({ n: h._.inc(10) });
    expect(res).toMatchObject({ updated: 1, doc: { _id: 'a', n: 11 } });
    await t.commit();
    expect(await readDoc(coll, 'a')).toEqual({ _id: 'a', n: 11 });
    expect(await readDoc(coll, 'b')).toEqual({ _id: 'b', n: 2 });
  });

  test('fails an add of an existing _id with DATABASE_DUPLICATE_WRITE', async () => {
    const coll = await collectionWith([{ _id: 'a' }]);
    const t = await h.database.startTransaction();
    expect((await failure(() => t.collection(coll).add({ _id: 'a' }))).code).toBe('DATABASE_DUPLICATE_WRITE');
    await t.rollback();
  });

  test('gives the second writer of a document a conflict and lets the first commit', async () => {
    const coll = await collectionWith([{ _id: 'a', n: 1 }]);
    const first = await h.database.startTransaction();
    const second = await h.database.startTransaction();
    await first.collection(coll).doc('a').update({ n: 2 });
    expect((await failure(() => second.collection(coll).doc('a').update({ n: 3 }))).code).toBe('DATABASE_TRANSACTION_CONFLICT');
    await first.commit();
    expect(await readDoc(coll, 'a')).toEqual({ _id: 'a', n: 2 });
    // The conflict ended the loser on the server, as MongoDB aborts a transaction on a write conflict.
    expect((await failure(() => second.commit())).code).toBe('DATABASE_TRANSACTION_FAIL');
  });

  test('releases the locks of a transaction as soon as it conflicts', async () => {
    const coll = await collectionWith([{ _id: 'x', n: 0 }, { _id: 'y', n: 0 }]);
    const holder = await h.database.startTransaction();
    const loser = await h.database.startTransaction();
    await holder.collection(coll).doc('y').update({ n: 1 });
    await loser.collection(coll).doc('x').update({ n: 1 });
    await failure(() => loser.collection(coll).doc('y').update({ n: 2 }));
    const third = await h.database.startTransaction();
    await third.collection(coll).doc('x').update({ n: 3 });
    await third.commit();
    await holder.commit();
    expect([(await readDoc(coll, 'x')).n, (await readDoc(coll, 'y')).n]).toEqual([3, 1]);
  });

  test('commits although a document it only read changed meanwhile: reads are not validated (snapshot isolation)', async () => {
    const coll = await collectionWith([{ _id: 'a', n: 1 }, { _id: 'b', n: 1 }]);
    const t = await h.database.startTransaction();
    await t.collection(coll).doc('a').get();
    await t.collection(coll).doc('b').update({ n: 2 });
    await h.database.collection(coll).doc('a').update({ n: 100 });
    expect((await t.collection(coll).doc('a').get()).data).toEqual({ _id: 'a', n: 1 });
    await t.commit();
    expect(await readDoc(coll, 'a')).toEqual({ _id: 'a', n: 100 });
    expect(await readDoc(coll, 'b')).toEqual({ _id: 'b', n: 2 });
  });

  test('fails a write with a conflict when the document changed after the transaction read it', async () => {
    const coll = await collectionWith([{ _id: 'a', n: 1 }]);
    const t = await h.database.startTransaction();
    await t.collection(coll).where({ _id: 'a' }).get();
    await h.database.collection(coll).doc('a').update({ n: 50 });
    expect((await failure(() => t.collection(coll).doc('a').update({ n: 2 }))).code).toBe('DATABASE_TRANSACTION_CONFLICT');
    expect(await readDoc(coll, 'a')).toEqual({ _id: 'a', n: 50 });
  });

  test('answers an unknown transaction id with DATABASE_TRANSACTION_FAIL', async () => {
    const res = await h.post({ action: 'database.commitTransaction', transactionId: 'no-such-transaction' });
    expect(res.code).toBe('DATABASE_TRANSACTION_FAIL');
    const read = await h.post({ action: 'database.getDocument', collectionName: 'accounts', queryType: 'DOC', query: '{"_id":"x"}', transactionId: 'nope' });
    expect(read.code).toBe('DATABASE_TRANSACTION_FAIL');
  });
});

describe('abandoned transactions', () => {
  test('expire after the TTL, releasing their locks and failing their commit', async () => {
    let clock = 1_000_000;
    const db = openDatabase({ file: ':memory:', indexes: [], transactionTtlMs: 1000, now: () => clock });
    db.ensureCollection('c');
    db.insert('c', [{ _id: 'a', n: 0 }]);
    const server = await serveDatabase(db);
    try {
      const database = loadSdk().init({ env: 'local-dev', secretId: 'local', secretKey: 'local', serviceUrl: `${server.url}/admin` }).database();
      const abandoned = await database.startTransaction();
      await abandoned.collection('c').doc('a').update({ n: 1 });
      const blocked = await database.startTransaction();
      expect((await failure(() => blocked.collection('c').doc('a').update({ n: 2 }))).code).toBe('DATABASE_TRANSACTION_CONFLICT');

      clock += 1001;
      expect(db.liveTransactions()).toBe(0);
      const next = await database.startTransaction();
      await next.collection('c').doc('a').update({ n: 3 });
      await next.commit();
      expect((await failure(() => abandoned.commit())).code).toBe('DATABASE_TRANSACTION_FAIL');
      expect(db.find('c', { _id: 'a' })).toEqual([{ _id: 'a', n: 3 }]);
    } finally {
      await server.close();
      db.close();
    }
  });
});
