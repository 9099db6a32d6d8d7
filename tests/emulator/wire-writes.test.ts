import { startHarness, type Harness } from './helpers/harness';

// Writes through the real @cloudbase/node-sdk, each checked by reading the stored document back.
let h: Harness;
let coll: any;

beforeAll(async () => {
  h = await startHarness();
  await h.database.createCollection('w');
  coll = h.database.collection('w');
});
afterAll(() => h.close());

const read = async (id: string) => (await coll.doc(id).get()).data[0];

/** Adds a document with a fresh id and returns a function applying `doc(id).update(d)`. */
async function given(doc: Record<string, unknown>) {
  const { id } = await coll.add(doc);
  return { id, update: (d: unknown) => coll.doc(id).update(d), read: () => read(id) };
}

describe('add', () => {
  test('generates a 32-hex id and keeps numbers, strings, nested arrays and dates', async () => {
    const at = new Date('2024-05-06T07:08:09Z');
    const { id } = await coll.add({ a: 1, f: 1.5, s: '云岭', nested: { b: [1, 'two'] }, at });
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    const doc = await read(id);
    expect(doc).toEqual({ _id: id, a: 1, f: 1.5, s: '云岭', nested: { b: [1, 'two'] }, at });
    expect(doc.at).toBeInstanceOf(Date);
  });

  test('keeps an explicit _id', async () => {
    expect((await coll.add({ _id: 'mine', v: 1 })).id).toBe('mine');
    expect(await read('mine')).toEqual({ _id: 'mine', v: 1 });
  });

  test('inserts a batch and answers the ids in order', async () => {
    const res = await coll.add([{ batch: 1 }, { batch: 2 }, { _id: 'b3', batch: 3 }]);
    expect(res.ids).toHaveLength(3);
    expect(res.ids[2]).toBe('b3');
    const docs = await Promise.all(res.ids.map(read));
    expect(docs.map((d: any) => d.batch)).toEqual([1, 2, 3]);
  });

  test('replaces serverDate() with the server clock', async () => {
    const before = Date.now();
    const { id } = await coll.add({ at: h.database.serverDate() });
    const doc = await read(id);
    expect(doc.at).toBeInstanceOf(Date);
    expect(doc.at.getTime()).toBeGreaterThanOrEqual(before - 5);
    expect(doc.at.getTime()).toBeLessThanOrEqual(Date.now() + 5);
  });

  test('applies the serverDate() offset in milliseconds', async () => {
    const before = Date.now();
    const { id } = await coll.add({ due: h.database.serverDate({ offset: 3_600_000 }) });
    const due = (await read(id)).due.getTime();
    expect(due - before).toBeGreaterThanOrEqual(3_600_000 - 5);
    expect(due - Date.now()).toBeLessThanOrEqual(3_600_000 + 5);
  });

  test('round-trips a geo point as a db.Geo.Point', async () => {
    const { id } = await coll.add({ loc: new h.database.Geo.Point(102.71, 25.04) });
    const doc = await read(id);
    expect(doc.loc).toBeInstanceOf(h.database.Geo.Point);
    expect([doc.loc.longitude, doc.loc.latitude]).toEqual([102.71, 25.04]);
  });
});

describe('doc().set()', () => {
  test('creates the document when it does not exist and answers its id', async () => {
    const res = await coll.doc('set-new').set({ a: 2, b: 'c' });
    expect(res).toMatchObject({ updated: 0, upsertedId: 'set-new' });
    expect(await read('set-new')).toEqual({ _id: 'set-new', a: 2, b: 'c' });
  });

  test('replaces every field of an existing document', async () => {
    await coll.add({ _id: 'set-old', keep: false, gone: 1 });
    const res = await coll.doc('set-old').set({ keep: true, when: h.database.serverDate() });
    expect(res.updated).toBe(1);
    const doc = await read('set-old');
    expect(Object.keys(doc).sort()).toEqual(['_id', 'keep', 'when']);
    expect(doc.when).toBeInstanceOf(Date);
  });
});

describe('doc().update() operators', () => {
  test('merges plain fields and nested objects by dot path', async () => {
    const d = await given({ a: 1, nested: { x: 1, y: 2 } });
    expect((await d.update({ b: 2, nested: { y: 3 } })).updated).toBe(1);
    expect(await d.read()).toEqual({ _id: d.id, a: 1, b: 2, nested: { x: 1, y: 3 } });
  });

  test('replaces a whole nested object with _.set', async () => {
    const d = await given({ nested: { x: 1, y: 2 } });
    await d.update({ nested: h._.set({ z: 9 }) });
    expect((await d.read()).nested).toEqual({ z: 9 });
  });

  test('removes a field with _.remove', async () => {
    const d = await given({ a: 1, gone: true });
    await d.update({ gone: h._.remove() });
    expect(await d.read()).toEqual({ _id: d.id, a: 1 });
  });

  test('increments and multiplies with _.inc and _.mul', async () => {
    const d = await given({ n: 5, m: 3 });
    await d.update({ n: h._.inc(2), m: h._.mul(4), fresh: h._.inc(1) });
    expect(await d.read()).toMatchObject({ n: 7, m: 12, fresh: 1 });
  });

  test('appends with _.push and prepends with _.unshift', async () => {
    const d = await given({ a: [1], b: [1] });
    await d.update({ a: h._.push([2, 3]), b: h._.unshift([0]) });
    expect(await d.read()).toMatchObject({ a: [1, 2, 3], b: [0, 1] });
  });

  test('applies $each with $position, $sort and $slice, also on a missing field', async () => {
    const d = await given({ arr: [5, 9] });
    await d.update({
      arr: h._.push({ each: [7, 1], position: 0, sort: 1, slice: 3 }),
      fresh: h._.push({ each: [3, 1, 2], sort: -1, slice: 2 }),
    });
    expect(await d.read()).toMatchObject({ arr: [1, 5, 7], fresh: [3, 2] });
  });

  test('removes the last and the first element with _.pop and _.shift', async () => {
    const d = await given({ a: [1, 2, 3], b: [1, 2, 3] });
    await d.update({ a: h._.pop(), b: h._.shift() });
    expect(await d.read()).toMatchObject({ a: [1, 2], b: [2, 3] });
  });

  test('removes matching elements with _.pull and listed ones with _.pullAll', async () => {
    const d = await given({ p: [1, 4, 2, 6], pa: [1, 2, 3, 1] });
    await d.update({ p: h._.pull(h._.gt(3)), pa: h._.pullAll([1, 3]) });
    expect(await d.read()).toMatchObject({ p: [1, 2], pa: [2] });
  });

  test('adds only missing elements with _.addToSet, one or $each', async () => {
    const d = await given({ s: ['a'] });
    await d.update({ s: h._.addToSet('a'), t: h._.addToSet({ $each: ['x', 'y', 'x'] }) });
    await d.update({ s: h._.addToSet({ $each: ['a', 'b', 'b'] }) });
    expect(await d.read()).toMatchObject({ s: ['a', 'b'], t: ['x', 'y'] });
  });

  test('renames a field with _.rename', async () => {
    const d = await given({ old: 'v' });
    await d.update({ old: h._.rename('renamed') });
    expect(await d.read()).toEqual({ _id: d.id, renamed: 'v' });
  });

  test('keeps the larger or smaller value with _.max and _.min', async () => {
    const d = await given({ hi: 5, lo: 5 });
    await d.update({ hi: h._.max(10), lo: h._.min(1) });
    await d.update({ hi: h._.max(7), lo: h._.min(3) });
    expect(await d.read()).toMatchObject({ hi: 10, lo: 1 });
  });

  test('stores serverDate() and Date values given in an update', async () => {
    const d = await given({});
    const fixed = new Date('2025-01-02T03:04:05Z');
    await d.update({ at: h.database.serverDate(), fixed });
    const doc = await d.read();
    expect(doc.at).toBeInstanceOf(Date);
    expect(Math.abs(doc.at.getTime() - Date.now())).toBeLessThan(5000);
    expect(doc.fixed).toEqual(fixed);
  });

  test('counts the matched document, changed or not, as CloudBase does', async () => {
    const d = await given({ v: 1 });
    expect((await d.update({ v: 1 })).updated).toBe(1);
    expect((await d.update({ v: 2 })).updated).toBe(1);
    expect((await d.read()).v).toBe(2);
  });

  test('answers updated 0 and creates nothing for a missing document', async () => {
    expect((await coll.doc('no-such-doc').update({ v: 1 })).updated).toBe(0);
    expect((await coll.doc('no-such-doc').get()).data).toEqual([]);
  });
});

describe('where().update(), updateAndReturn() and removal', () => {
  let group: any;
  beforeEach(async () => {
    const name = `g${Math.random().toString(36).slice(2, 8)}`;
    await h.database.createCollection(name);
    group = h.database.collection(name);
    await group.add([{ _id: 'a', k: 1, c: 1 }, { _id: 'b', k: 2, c: 2 }, { _id: 'c', k: 9, c: 3 }]);
  });

  test('updates every matching document', async () => {
    const res = await group.where({ k: h._.lt(5) }).update({ flag: true, c: h._.mul(10) });
    expect(res.updated).toBe(2);
    const { data } = await group.orderBy('_id', 'asc').get();
    expect(data.map((d: any) => [d._id, d.c, d.flag ?? null])).toEqual([['a', 10, true], ['b', 20, true], ['c', 3, null]]);
  });

  test('answers updated 0 when nothing matches', async () => {
    expect((await group.where({ k: 100 }).update({ flag: true })).updated).toBe(0);
  });

  test('updateAndReturn answers the document after the update', async () => {
    const res = await group.where({ _id: 'b' }).updateAndReturn({ c: h._.inc(1) });
    expect(res.updated).toBe(1);
    expect(res.doc).toEqual({ _id: 'b', k: 2, c: 3 });
  });

  test('updateAndReturn answers a null doc when nothing matches', async () => {
    const res = await group.where({ k: 100 }).updateAndReturn({ c: 1 });
    expect(res).toMatchObject({ updated: 0, doc: null });
  });

  test('doc().remove() deletes one document', async () => {
    expect((await group.doc('a').remove()).deleted).toBe(1);
    expect((await group.doc('a').get()).data).toEqual([]);
    expect((await group.doc('a').remove()).deleted).toBe(0);
  });

  test('where().remove() deletes every match', async () => {
    const res = await group.where(h._.or([{ k: 1 }, { k: h._.gte(9) }])).remove();
    expect(res.deleted).toBe(2);
    expect((await group.get()).data.map((d: any) => d._id)).toEqual(['b']);
  });
});
