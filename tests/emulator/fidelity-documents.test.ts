import { startHarness, type Harness } from './helpers/harness';

let h: Harness;
let name = 0;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function collectionWith(docs: Record<string, unknown>[]): Promise<any> {
  const coll = h.database.collection(`fiddoc${++name}`);
  await h.database.createCollection(`fiddoc${name}`);
  if (docs.length > 0) await coll.add(docs);
  return coll;
}

describe('updated counts matched documents, as CloudBase does', () => {
  test('doc(id).set() with the content the document already holds answers updated 1', async () => {
    const coll = await collectionWith([{ _id: 'same', a: 1, tags: ['x'] }]);
    expect((await coll.doc('same').set({ a: 1, tags: ['x'] })).updated).toBe(1);
    expect((await coll.doc('same').get()).data).toEqual([{ _id: 'same', a: 1, tags: ['x'] }]);
  });

  test('where().updateAndReturn() to the same value answers updated 1 and the document', async () => {
    const coll = await collectionWith([{ _id: 'u', a: 1 }]);
    const res = await coll.where({ a: 1 }).updateAndReturn({ a: 1 });
    expect(res.updated).toBe(1);
    expect(res.doc).toEqual({ _id: 'u', a: 1 });
  });

  test('where().update() counts every match, changed or not, and 0 when nothing matches', async () => {
    const coll = await collectionWith([{ _id: '1', s: 'on' }, { _id: '2', s: 'off' }, { _id: '3', s: 'other' }]);
    expect((await coll.where({ s: h._.in(['on', 'off']) }).update({ s: 'on' })).updated).toBe(2);
    expect((await coll.where({ s: 'none' }).update({ s: 'on' })).updated).toBe(0);
  });

  test('inside a transaction, set() of a document answers updated 1 (the SDK authors\' own case)', async () => {
    const coll = await collectionWith([{ _id: '1', category: 'Web' }]);
    const t = await h.database.startTransaction();
    expect((await t.collection(coll.name).doc('1').set({ category: 'Web' })).updated).toBe(1);
    await t.commit();
  });
});

describe('ObjectId values come back as hex strings, as CloudBase answers them', () => {
  const hex = '65a1b2c3d4e5f60718293a4b';

  test('in get(), doc().get(), updateAndReturn() and aggregate()', async () => {
    const coll = await collectionWith([{ _id: 'r', ref: h.database.ObjectId({ id: hex }), refs: [h.database.ObjectId({ id: hex })], n: 1 }]);
    const expected = { _id: 'r', ref: hex, refs: [hex], n: 1 };
    expect((await coll.where({ n: 1 }).get()).data).toEqual([expected]);
    expect((await coll.doc('r').get()).data).toEqual([expected]);
    expect((await coll.where({ n: 1 }).updateAndReturn({ n: 1 })).doc).toEqual(expected);
    expect((await coll.aggregate().match({ n: 1 }).end()).data).toEqual([expected]);
  });

  test('for an ObjectId _id: add() answers the hex id, and $lookup joins ObjectId fields to it', async () => {
    const other = '65a1b2c3d4e5f60718293a4c';
    const people = await collectionWith([]);
    const invites = await collectionWith([]);
    expect((await people.add({ _id: h.database.ObjectId({ id: hex }), inviter: h.database.ObjectId({ id: other }), name: 'test' })).id).toBe(hex);
    expect((await invites.add({ _id: h.database.ObjectId({ id: other }), inviter: h.database.ObjectId({ id: hex }), name: 'test1' })).id).toBe(other);
    const joined = await invites.aggregate().lookup({ from: people.name, localField: 'inviter', foreignField: '_id', as: 'who' }).end();
    expect(joined.data).toEqual([{ _id: other, inviter: hex, name: 'test1', who: [{ _id: hex, inviter: other, name: 'test' }] }]);
  });

  test('while the stored value stays an ObjectId that queries match', async () => {
    const coll = await collectionWith([{ _id: 'q', ref: h.database.ObjectId({ id: hex }) }]);
    expect((await coll.where({ ref: h.database.ObjectId({ id: hex }) }).count()).total).toBe(1);
    expect((await coll.where({ ref: hex }).count()).total).toBe(0);
  });
});
