import { startHarness, type Harness } from './helpers/harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  await h.database.createCollection('e');
  await h.database.collection('e').add({ _id: 'one', v: 1 });
});
afterAll(() => h.close());

/** Runs an SDK call that must fail and returns the error it threw. */
async function failure(call: () => Promise<unknown>): Promise<any> {
  try {
    await call();
  } catch (err) {
    return err;
  }
  throw new Error('expected the call to fail');
}

const raw = (body: Record<string, unknown>) => h.post({ envName: 'local-dev', ...body });

describe('CloudBase error codes through the SDK', () => {
  test('reading or writing a collection that was never created fails with DATABASE_COLLECTION_NOT_EXIST', async () => {
    const ghost = h.database.collection('ghost');
    for (const call of [
      () => ghost.get(),
      () => ghost.where({ a: 1 }).count(),
      () => ghost.doc('x').get(),
      () => ghost.add({ a: 1 }),
      () => ghost.doc('x').update({ a: 1 }),
      () => ghost.doc('x').set({ a: 1 }),
      () => ghost.where({ a: 1 }).remove(),
      () => ghost.aggregate().match({ a: 1 }).end(),
    ]) {
      const err = await failure(call);
      expect(err.code).toBe('DATABASE_COLLECTION_NOT_EXIST');
      expect(typeof err.requestId).toBe('string');
    }
  });

  test('creating an existing collection fails with DATABASE_COLLECTION_ALREADY_EXIST', async () => {
    expect((await failure(() => h.database.createCollection('e'))).code).toBe('DATABASE_COLLECTION_ALREADY_EXIST');
  });

  test('adding an existing _id fails with DATABASE_DUPLICATE_WRITE', async () => {
    expect((await failure(() => h.database.collection('e').add({ _id: 'one', v: 2 }))).code).toBe('DATABASE_DUPLICATE_WRITE');
    expect((await h.database.collection('e').doc('one').get()).data[0].v).toBe(1);
  });

  test('a batch with one duplicate writes none of its documents', async () => {
    const err = await failure(() => h.database.collection('e').add([{ _id: 'fresh-1' }, { _id: 'one' }, { _id: 'fresh-2' }]));
    expect(err.code).toBe('DATABASE_DUPLICATE_WRITE');
    expect((await h.database.collection('e').where({ _id: h._.in(['fresh-1', 'fresh-2']) }).count()).total).toBe(0);
  });
});

describe('malformed requests sent straight to /admin', () => {
  test('answers bad JSON with a JSON error body', async () => {
    const res = await h.post('{"action": "database.getDocument", ');
    expect(res).toMatchObject({ code: 'INVALID_PARAM', requestId: expect.any(String) });
  });

  test('answers an unknown action with INVALID_PARAM', async () => {
    const res = await raw({ action: 'database.dropEverything', collectionName: 'e' });
    expect(res).toMatchObject({ code: 'INVALID_PARAM', message: expect.stringContaining('database.dropEverything') });
    expect(res.requestId).toEqual(expect.any(String));
  });

  test('answers a missing action or collectionName with INVALID_PARAM', async () => {
    expect((await raw({})).code).toBe('INVALID_PARAM');
    expect((await raw({ action: 'database.getDocument', queryType: 'WHERE' })).code).toBe('INVALID_PARAM');
  });

  test('answers bad EJSON in query, data and stages with INVALID_PARAM', async () => {
    expect((await raw({ action: 'database.getDocument', collectionName: 'e', query: '{"a":' })).code).toBe('INVALID_PARAM');
    expect((await raw({ action: 'database.getDocument', collectionName: 'e', query: '{"_id":{"$oid":"nope"}}' })).code).toBe('INVALID_PARAM');
    expect((await raw({ action: 'database.insertDocument', collectionName: 'e', data: ['[1,2]'] })).code).toBe('INVALID_PARAM');
    expect((await raw({ action: 'database.aggregateDocuments', collectionName: 'e', stages: [{ stageKey: '$match', stageValue: '{' }] })).code).toBe('INVALID_PARAM');
  });

  test('answers unknown query and update operators with INVALID_PARAM and changes nothing', async () => {
    expect((await raw({ action: 'database.getDocument', collectionName: 'e', query: '{"v":{"$almost":1}}' })).code).toBe('INVALID_PARAM');
    const update = await raw({ action: 'database.modifyDocument', collectionName: 'e', queryType: 'DOC', query: '{"_id":"one"}', data: '{"$teleport":{"v":2}}', merge: true });
    expect(update.code).toBe('INVALID_PARAM');
    expect((await h.database.collection('e').doc('one').get()).data[0].v).toBe(1);
  });

  test('refuses to change _id', async () => {
    const res = await raw({ action: 'database.modifyDocument', collectionName: 'e', queryType: 'DOC', query: '{"_id":"one"}', data: '{"$set":{"_id":"two"}}', merge: true });
    expect(res.code).toBe('INVALID_PARAM');
  });

  test('answers a negative limit or a bad queryType with INVALID_PARAM', async () => {
    expect((await raw({ action: 'database.getDocument', collectionName: 'e', limit: -1 })).code).toBe('INVALID_PARAM');
    expect((await raw({ action: 'database.getDocument', collectionName: 'e', queryType: 'SQL' })).code).toBe('INVALID_PARAM');
  });

  test('never throws from handle(), whatever the body', async () => {
    for (const body of [undefined, null, 42, 'junk', [], { action: 7 }, { action: 'database.insertDocument', collectionName: 'e', data: 'nope' }]) {
      const res = await h.db.handle(body);
      expect(res).toMatchObject({ code: 'INVALID_PARAM', requestId: expect.any(String), message: expect.any(String) });
    }
  });

  test('keeps serving the SDK after malformed requests', async () => {
    await h.post('not json at all');
    await raw({ action: 'nope' });
    const res = await h.database.collection('e').doc('one').get();
    expect(res.data).toEqual([{ _id: 'one', v: 1 }]);
  });
});
