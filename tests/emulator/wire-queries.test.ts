import { ObjectId } from 'bson';
import { startHarness, type Harness } from './helpers/harness';

// Queries through the real @cloudbase/node-sdk: each case is one SDK call the product may make.
let h: Harness;
let coll: any;
const ids = (res: { data: { _id: string }[] }) => res.data.map((d) => d._id);
const sorted = (res: { data: { _id: string }[] }) => ids(res).sort();

const PEOPLE = [
  { _id: 'p1', name: 'alpha', age: 30, city: 'Kunming', tags: ['doctor', 'elder'], score: 8, j: { deep: { er: 1 } }, items: [{ k: 1 }, { k: 5 }], at: new Date('2024-01-01T00:00:00Z'), arr: [1, 2, 3, 4] },
  { _id: 'p2', name: 'Beta', age: 25, city: 'Dali', tags: ['nurse'], score: 3, items: [{ k: 2 }], at: new Date('2024-06-01T00:00:00Z') },
  { _id: 'p3', name: 'gamma', age: 41, city: 'Kunming', tags: ['doctor', 'nurse'], score: 8, at: new Date('2023-03-01T00:00:00Z'), opt: null },
  { _id: 'p4', name: 'delta', age: 19, city: 'Lijiang', tags: [], score: 5 },
  { _id: 'p5', name: 'Alfred', age: 30, city: 'Dali', tags: ['elder'], score: 9, j: { deep: { er: 2 } } },
];

beforeAll(async () => {
  h = await startHarness();
  await h.database.createCollection('people');
  coll = h.database.collection('people');
  const res = await coll.add(PEOPLE);
  expect(res.ids).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
});
afterAll(() => h.close());

describe('where().get() with field conditions', () => {
  test('returns every document in insertion order when there is no condition', async () => {
    expect(ids(await coll.get())).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
  });

  test('matches a plain field by equality', async () => {
    expect(sorted(await coll.where({ city: 'Kunming' }).get())).toEqual(['p1', 'p3']);
  });

  test('matches nested objects through their flattened dot paths', async () => {
    expect(ids(await coll.where({ j: { deep: { er: 1 } } }).get())).toEqual(['p1']);
  });

  test('matches an array field when any element equals the value', async () => {
    expect(sorted(await coll.where({ tags: 'nurse' }).get())).toEqual(['p2', 'p3']);
  });

  test('supports eq and neq', async () => {
    expect(sorted(await coll.where({ age: h._.eq(30) }).get())).toEqual(['p1', 'p5']);
    expect(sorted(await coll.where({ city: h._.neq('Kunming') }).get())).toEqual(['p2', 'p4', 'p5']);
  });

  test('supports gt, gte, lt and lte', async () => {
    expect(sorted(await coll.where({ age: h._.gt(30) }).get())).toEqual(['p3']);
    expect(sorted(await coll.where({ age: h._.gte(30) }).get())).toEqual(['p1', 'p3', 'p5']);
    expect(sorted(await coll.where({ age: h._.lt(25) }).get())).toEqual(['p4']);
    expect(sorted(await coll.where({ age: h._.lte(25) }).get())).toEqual(['p2', 'p4']);
  });

  test('supports in and nin', async () => {
    expect(sorted(await coll.where({ city: h._.in(['Dali', 'Lijiang']) }).get())).toEqual(['p2', 'p4', 'p5']);
    expect(sorted(await coll.where({ city: h._.nin(['Dali', 'Lijiang']) }).get())).toEqual(['p1', 'p3']);
  });

  test('combines commands on one field with .and() into a range', async () => {
    expect(sorted(await coll.where({ age: h._.gt(20).and(h._.lt(31)) }).get())).toEqual(['p1', 'p2', 'p5']);
  });

  test('combines commands on one field with .or()', async () => {
    expect(sorted(await coll.where({ age: h._.lt(20).or(h._.gt(40)) }).get())).toEqual(['p3', 'p4']);
  });

  test('supports top-level _.or across fields', async () => {
    const res = await coll.where(h._.or([{ city: 'Lijiang' }, { score: h._.gte(9) }])).get();
    expect(sorted(res)).toEqual(['p4', 'p5']);
  });

  test('supports top-level _.and with a nested _.or', async () => {
    const res = await coll.where(h._.and([{ city: 'Kunming' }, h._.or([{ age: 30 }, { age: 19 }])])).get();
    expect(ids(res)).toEqual(['p1']);
  });

  test('supports _.nor', async () => {
    expect(sorted(await coll.where(h._.nor([{ city: 'Kunming' }, { city: 'Dali' }])).get())).toEqual(['p4']);
  });

  test('supports _.not around a command', async () => {
    expect(sorted(await coll.where({ age: h._.not(h._.eq(30)) }).get())).toEqual(['p2', 'p3', 'p4']);
  });

  test('supports _.exists for present and absent fields', async () => {
    expect(sorted(await coll.where({ j: h._.exists(true) }).get())).toEqual(['p1', 'p5']);
    expect(sorted(await coll.where({ at: h._.exists(false) }).get())).toEqual(['p4', 'p5']);
  });

  test('treats a stored null as existing', async () => {
    expect(ids(await coll.where({ opt: h._.exists(true) }).get())).toEqual(['p3']);
  });

  test('supports _.elemMatch on arrays of objects', async () => {
    expect(ids(await coll.where({ items: h._.elemMatch({ k: h._.gt(3) }) }).get())).toEqual(['p1']);
  });

  test('supports _.all and _.size on arrays', async () => {
    expect(ids(await coll.where({ tags: h._.all(['doctor', 'elder']) }).get())).toEqual(['p1']);
    expect(sorted(await coll.where({ tags: h._.size(2) }).get())).toEqual(['p1', 'p3']);
    expect(ids(await coll.where({ tags: h._.size(0) }).get())).toEqual(['p4']);
  });

  test('supports _.mod', async () => {
    expect(sorted(await coll.where({ score: h._.mod(4, 0) }).get())).toEqual(['p1', 'p3']);
  });

  test('matches a JS RegExp with its flags', async () => {
    expect(sorted(await coll.where({ name: /^al/i }).get())).toEqual(['p1', 'p5']);
    expect(ids(await coll.where({ name: /^al/ }).get())).toEqual(['p1']);
  });

  test('matches db.RegExp and ignores the g flag MongoDB does not have', async () => {
    expect(ids(await coll.where({ name: h.database.RegExp({ regexp: '^b', options: 'i' }) }).get())).toEqual(['p2']);
    expect(sorted(await coll.where({ name: /a$/g }).get())).toEqual(['p1', 'p2', 'p3', 'p4']);
  });

  test('compares dates and returns them as Date objects', async () => {
    const res = await coll.where({ at: h._.lt(new Date('2024-02-01T00:00:00Z')) }).get();
    expect(sorted(res)).toEqual(['p1', 'p3']);
    const p1 = res.data.find((d: any) => d._id === 'p1');
    expect(p1.at).toBeInstanceOf(Date);
    expect(p1.at.toISOString()).toBe('2024-01-01T00:00:00.000Z');
  });

  test('stores and matches db.ObjectId values', async () => {
    const hex = '65a1b2c3d4e5f60718293a4b';
    await h.database.createCollection('refs');
    const refs = h.database.collection('refs');
    await refs.add([{ _id: 'with-ref', ref: h.database.ObjectId({ id: hex }) }, { _id: 'other', ref: h.database.ObjectId({ id: 'ffffffffffffffffffffffff' }) }]);
    const res = await refs.where({ ref: h.database.ObjectId({ id: hex }) }).get();
    expect(ids(res)).toEqual(['with-ref']);
    // Replies carry the hex string, as CloudBase's do; the stored value is an ObjectId.
    const [stored] = h.db.find('refs', { _id: 'with-ref' });
    expect(stored.ref).toBeInstanceOf(ObjectId);
    expect((stored.ref as ObjectId).toHexString()).toBe(hex);
  });

  test('counts matching documents', async () => {
    expect((await coll.where({ city: 'Dali' }).count()).total).toBe(2);
    expect((await coll.count()).total).toBe(5);
  });
});

describe('ordering, paging and projection', () => {
  test('returns documents sorted by two keys in priority order', async () => {
    const res = await coll.orderBy('score', 'desc').orderBy('name', 'asc').get();
    expect(ids(res)).toEqual(['p5', 'p1', 'p3', 'p4', 'p2']);
  });

  test('sorts strings by code point, upper case first, as MongoDB does', async () => {
    expect(ids(await coll.orderBy('name', 'asc').get())).toEqual(['p5', 'p2', 'p1', 'p4', 'p3']);
  });

  test('skips and limits after sorting and reports the total before paging', async () => {
    const res = await coll.orderBy('age', 'asc').skip(1).limit(2).get();
    expect(ids(res)).toEqual(['p2', expect.stringMatching(/^p[15]$/)]);
    expect(res.data[1].age).toBe(30);
    expect(res.total).toBe(5);
    expect(res.limit).toBe(2);
    expect(res.offset).toBe(1);
  });

  test('returns only the requested fields plus _id', async () => {
    const res = await coll.where({ _id: 'p1' }).field({ name: true, age: true }).get();
    expect(res.data).toEqual([{ _id: 'p1', name: 'alpha', age: 30 }]);
  });

  test('drops excluded fields', async () => {
    const res = await coll.doc('p4').field({ tags: false, score: false }).get();
    expect(res.data).toEqual([{ _id: 'p4', name: 'delta', age: 19, city: 'Lijiang' }]);
  });

  test('projects an array slice with _.project.slice', async () => {
    const res = await coll.doc('p1').field({ arr: h._.project.slice([1, 2]) }).get();
    expect(res.data[0].arr).toEqual([2, 3]);
    expect(res.data[0].name).toBe('alpha');
  });

  test('keeps only _id and the sliced field when a slice comes with an inclusion', async () => {
    const res = await coll.doc('p1').field({ arr: h._.project.slice(-1), name: true }).get();
    expect(res.data).toEqual([{ _id: 'p1', name: 'alpha', arr: [4] }]);
  });

  test('projects the first matching element with _.project.elemMatch', async () => {
    // The SDK serialises only literal values inside project.elemMatch (a command becomes an object).
    const res = await coll.doc('p1').field({ items: h._.project.elemMatch({ k: 5 }) }).get();
    expect(res.data).toEqual([{ _id: 'p1', items: [{ k: 5 }] }]);
  });
});

describe('doc(id).get()', () => {
  test('answers an array holding the one document', async () => {
    const res = await coll.doc('p2').get();
    expect(res.data).toHaveLength(1);
    expect(res.data[0]).toMatchObject({ _id: 'p2', name: 'Beta', tags: ['nurse'] });
  });

  test('answers an empty array for an id that does not exist', async () => {
    expect((await coll.doc('nobody').get()).data).toEqual([]);
  });
});

describe('limits', () => {
  beforeAll(async () => {
    await h.database.createCollection('many');
    h.db.insert('many', Array.from({ length: 1005 }, (_, i) => ({ i })));
  });

  test('answers 100 documents when no limit is given', async () => {
    expect((await h.database.collection('many').get()).data).toHaveLength(100);
  });

  test('clamps a limit above 1000 to 1000', async () => {
    const res = await h.database.collection('many').limit(5000).get();
    expect(res.data).toHaveLength(1000);
    expect(res.data[999].i).toBe(999);
  });

  test('clamps a raw request limit above 1000 too', async () => {
    const res = await h.post({ action: 'database.getDocument', collectionName: 'many', queryType: 'WHERE', limit: 4000 });
    expect(res.data.list).toHaveLength(1000);
    expect(res.limit).toBe(1000);
  });

  test('pages past the first thousand with skip', async () => {
    const res = await h.database.collection('many').orderBy('i', 'asc').skip(1000).limit(10).get();
    expect(res.data.map((d: any) => d.i)).toEqual([1000, 1001, 1002, 1003, 1004]);
  });
});
