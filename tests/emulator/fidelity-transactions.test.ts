import { startHarness, type Harness } from './helpers/harness';

/** What CloudBase answers for the transaction cases the SDK authors' own tests cover. */
const CONFLICT = {
  code: 'DATABASE_TRANSACTION_CONFLICT',
  message:
    '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. Please check your request, but if the problem persists, contact us.',
};
const NOT_EXIST = {
  code: 'DATABASE_TRANSACTION_FAIL',
  message:
    '[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds. Please check your request, but if the problem persists, contact us.',
};

let h: Harness;
let name = 0;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function collectionWith(docs: Record<string, unknown>[]): Promise<any> {
  const coll = `fidtx${++name}`;
  await h.database.createCollection(coll);
  if (docs.length > 0) await h.database.collection(coll).add(docs);
  return coll;
}

async function failure(call: () => Promise<unknown>): Promise<any> {
  try {
    await call();
  } catch (err) {
    return err;
  }
  throw new Error('expected the call to fail');
}

const outside = (coll: string) => h.database.collection(coll);
const txDoc = async (t: any, coll: string, id: string) => (await t.collection(coll).doc(id).get()).data;

describe('transactions read a snapshot, as MongoDB does on CloudBase', () => {
  test('a second read of a document changed outside returns the snapshot, and the write then conflicts', async () => {
    const coll = await collectionWith([{ _id: '1', category: 'Web' }, { _id: '2', category: 'Web' }]);
    const t = await h.database.startTransaction();
    expect(await txDoc(t, coll, '1')).toEqual({ _id: '1', category: 'Web' });
    await outside(coll).doc('1').set({ category: 'changed' });
    await outside(coll).doc('2').set({ category: 'changed too' });
    expect(await txDoc(t, coll, '1')).toEqual({ _id: '1', category: 'Web' });
    expect(await txDoc(t, coll, '2')).toEqual({ _id: '2', category: 'Web' });
    const err = await failure(() => t.collection(coll).doc('1').update({ category: 'in transaction' }));
    expect({ code: err.code, message: err.message }).toEqual(CONFLICT);
    expect((await outside(coll).doc('1').get()).data[0].category).toBe('changed');
  });

  test('queries inside the transaction see removed documents as they were and not documents added later', async () => {
    const coll = await collectionWith([{ _id: 'a', n: 1 }, { _id: 'b', n: 2 }]);
    const t = await h.database.startTransaction();
    await txDoc(t, coll, 'a');
    await outside(coll).doc('b').remove();
    await outside(coll).add({ _id: 'c', n: 3 });
    await outside(coll).doc('a').update({ n: 10 });
    const seen = (await t.collection(coll).where({ n: h._.gte(1) }).get()).data;
    expect(seen).toEqual([{ _id: 'a', n: 1 }, { _id: 'b', n: 2 }]);
    expect(await txDoc(t, coll, 'c')).toBeNull();
    await t.rollback();
  });

  test('takes the snapshot at the first read or write, not at startTransaction', async () => {
    const coll = await collectionWith([]);
    const t = await h.database.startTransaction();
    await outside(coll).add({ _id: 'late', n: 1 });
    expect(await txDoc(t, coll, 'late')).toEqual({ _id: 'late', n: 1 });
    expect((await t.collection(coll).doc('late').update({ n: 2 })).updated).toBe(1);
    await t.commit();
    expect((await outside(coll).doc('late').get()).data).toEqual([{ _id: 'late', n: 2 }]);
  });

  test('lets runTransaction commit a document added between start and first read, without retrying', async () => {
    const coll = await collectionWith([]);
    let attempts = 0;
    await h.database.runTransaction(async (t: any) => {
      attempts += 1;
      if (attempts === 1) await outside(coll).add({ _id: 'x', n: 1 });
      const doc = await txDoc(t, coll, 'x');
      await t.collection(coll).doc('x').update({ n: doc.n + 1 });
    });
    expect(attempts).toBe(1);
    expect((await outside(coll).doc('x').get()).data[0].n).toBe(2);
  });

  test('an outside write that failed and rolled back does not count as a change to the snapshot', async () => {
    // residents.idHmac is a declared unique index: giving two documents the same value fails half-way.
    await h.database.collection('residents').add([{ _id: 'snap-r1', idHmac: 'snap-h1' }, { _id: 'snap-r2', idHmac: 'snap-h2' }]);
    const t = await h.database.startTransaction();
    expect((await txDoc(t, 'residents', 'snap-r1')).idHmac).toBe('snap-h1');
    const clash = await failure(() => outside('residents').where({ _id: h._.in(['snap-r1', 'snap-r2']) }).update({ idHmac: 'snap-same' }));
    expect(clash.code).toBe('DATABASE_DUPLICATE_WRITE');
    expect((await t.collection('residents').doc('snap-r1').update({ note: 'in transaction' })).updated).toBe(1);
    await t.commit();
    expect((await outside('residents').doc('snap-r1').get()).data[0]).toEqual({ _id: 'snap-r1', idHmac: 'snap-h1', note: 'in transaction' });
  });
});

describe('two concurrent transactions', () => {
  test('each reads its own snapshot; the first writer wins and the second gets the conflict at its write', async () => {
    const coll = await collectionWith([{ _id: 'seat', free: 1 }]);
    const first = await h.database.startTransaction();
    const second = await h.database.startTransaction();
    expect((await txDoc(first, coll, 'seat')).free).toBe(1);
    expect((await txDoc(second, coll, 'seat')).free).toBe(1);

    await first.collection(coll).doc('seat').update({ free: 0, by: 'first' });
    expect((await txDoc(second, coll, 'seat')).free).toBe(1);
    const err = await failure(() => second.collection(coll).doc('seat').update({ free: 0, by: 'second' }));
    expect({ code: err.code, message: err.message }).toEqual(CONFLICT);

    await first.commit();
    expect((await outside(coll).doc('seat').get()).data[0]).toEqual({ _id: 'seat', free: 0, by: 'first' });
    expect(h.db.liveTransactions()).toBe(0);
  });

  test('a transaction whose snapshot predates a commit cannot overwrite it, even after the winner ended', async () => {
    const coll = await collectionWith([{ _id: 'n', v: 1 }]);
    const late = await h.database.startTransaction();
    expect((await txDoc(late, coll, 'n')).v).toBe(1);
    const winner = await h.database.startTransaction();
    await winner.collection(coll).doc('n').update({ v: 2 });
    await winner.commit();
    expect((await txDoc(late, coll, 'n')).v).toBe(1);
    expect((await failure(() => late.collection(coll).doc('n').update({ v: 3 }))).code).toBe(CONFLICT.code);
    expect((await outside(coll).doc('n').get()).data[0].v).toBe(2);
  });

  test('allows write skew (each reads one document and writes the other), as CloudBase does', async () => {
    const coll = await collectionWith([{ _id: '1', c: 'a' }, { _id: '2', c: 'b' }]);
    const t1 = await h.database.startTransaction();
    const t2 = await h.database.startTransaction();
    const d1 = await txDoc(t1, coll, '1');
    const d2 = await txDoc(t2, coll, '2');
    await t1.collection(coll).doc('2').set({ c: `${d1.c}1` });
    await t2.collection(coll).doc('1').set({ c: `${d2.c}2` });
    await t1.commit();
    await t2.commit();
    const docs = (await outside(coll).where({}).get()).data;
    expect(docs).toEqual([{ _id: '1', c: 'b2' }, { _id: '2', c: 'a1' }]);
  });
});

describe('errors after a transaction ended', () => {
  test('a write on a committed transaction fails with TransactionNotExist', async () => {
    const coll = await collectionWith([{ _id: '1', n: 1 }]);
    const t = await h.database.startTransaction();
    await t.commit();
    const err = await failure(() => t.collection(coll).doc('1').set({ category: 'Node.js' }));
    expect({ code: err.code, message: err.message }).toEqual(NOT_EXIST);
    expect((await outside(coll).doc('1').get()).data[0]).toEqual({ _id: '1', n: 1 });
  });

  test('a commit after a write conflict fails with TransactionNotExist: the conflict ended it', async () => {
    const coll = await collectionWith([{ _id: '1', n: 1 }]);
    const holder = await h.database.startTransaction();
    const loser = await h.database.startTransaction();
    await holder.collection(coll).doc('1').update({ n: 2 });
    await failure(() => loser.collection(coll).doc('1').update({ n: 3 }));
    const err = await failure(() => loser.commit());
    expect({ code: err.code, message: err.message }).toEqual(NOT_EXIST);
    await holder.commit();
  });
});
