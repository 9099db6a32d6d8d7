import path from 'node:path';
import fs from 'node:fs';
import { openDatabase } from '../../emulator/db';
import { encodeKey } from '../../emulator/db/key-encoding';
import { startHarness, tempDir, type Harness } from './helpers/harness';

// The declared indexes of cloudfunctions/core/indexes.ts, exercised on the product's collections.
let h: Harness;
const day = (d: number) => new Date(Date.UTC(2025, 0, d));

beforeAll(async () => {
  h = await startHarness();
  await h.database.collection('contracts').add(
    Array.from({ length: 40 }, (_, i) => ({
      _id: `c${i}`,
      residentId: `r${i % 10}`,
      status: i % 4 === 0 ? 'active' : 'ended',
      period: { end: day(i + 1) },
      note: `n${i}`,
    })),
  );
  await h.database.collection('grids').add([
    { _id: 'g1', cells: ['wk3h1', 'wk3h2'] },
    { _id: 'g2', cells: ['wk3h2', 'wk3h3'] },
    { _id: 'g3', cells: ['wk3h9'] },
  ]);
  await h.database.collection('accounts').add([
    { _id: 'u1', staff: { teamId: 't1' } },
    { _id: 'u2', staff: { teamId: 't2' } },
    { _id: 'u3' },
  ]);
});
afterAll(() => h.close());

const contracts = () => h.database.collection('contracts');

describe('query planning', () => {
  test('uses the index for equality and loads only the matches', async () => {
    expect(h.db.explain('contracts', { status: 'active' })).toEqual({ index: 'status', scanned: 10 });
    expect((await contracts().where({ status: 'active' }).count()).total).toBe(10);
  });

  test('uses the index for $in', async () => {
    expect(h.db.explain('contracts', { residentId: { $in: ['r1', 'r2'] } })).toEqual({ index: 'residentId', scanned: 8 });
    expect((await contracts().where({ residentId: h._.in(['r1', 'r2']) }).get()).data).toHaveLength(8);
  });

  test('uses the index for a date range on a nested field', async () => {
    const query = { 'period.end': { $gte: day(5), $lt: day(10) } };
    expect(h.db.explain('contracts', query)).toEqual({ index: 'period.end', scanned: 5 });
    const res = await contracts().where({ period: { end: h._.gte(day(5)).and(h._.lt(day(10))) } }).orderBy('period.end', 'asc').get();
    expect(res.data.map((d: any) => d._id)).toEqual(['c4', 'c5', 'c6', 'c7', 'c8']);
  });

  test('intersects the two bounds of an $and range on a single-valued field', () => {
    const query = { $and: [{ 'period.end': { $gt: day(30) } }, { 'period.end': { $lte: day(32) } }] };
    expect(h.db.explain('contracts', query)).toEqual({ index: 'period.end', scanned: 2 });
  });

  test('uses a multikey index for an array element', async () => {
    expect(h.db.explain('grids', { cells: 'wk3h2' })).toEqual({ index: 'cells', scanned: 2 });
    const res = await h.database.collection('grids').where({ cells: h._.in(['wk3h2', 'wk3h9']) }).get();
    expect(res.data.map((d: any) => d._id)).toEqual(['g1', 'g2', 'g3']);
  });

  test('uses an index on a dot path', async () => {
    expect(h.db.explain('accounts', { 'staff.teamId': 't2' })).toEqual({ index: 'staff.teamId', scanned: 1 });
    expect((await h.database.collection('accounts').where({ staff: { teamId: 't2' } }).get()).data).toEqual([{ _id: 'u2', staff: { teamId: 't2' } }]);
  });

  test('uses _id for doc() lookups and _id conditions', () => {
    expect(h.db.explain('contracts', { _id: 'c7' })).toEqual({ index: '_id', scanned: 1 });
    expect(h.db.explain('contracts', { _id: { $in: ['c1', 'c2', 'missing'] } })).toEqual({ index: '_id', scanned: 2 });
  });

  test('prefers the more selective of two indexed conditions', () => {
    expect(h.db.explain('contracts', { status: 'ended', residentId: 'r3' }).index).toBe('residentId');
  });

  test('scans the collection for unindexed fields and for $or', () => {
    expect(h.db.explain('contracts', { note: 'n1' })).toEqual({ index: null, scanned: 40 });
    expect(h.db.explain('contracts', { $or: [{ status: 'active' }, { residentId: 'r1' }] })).toEqual({ index: null, scanned: 40 });
  });

  test('keeps the index in step with updates and removals', async () => {
    await contracts().doc('c0').update({ status: 'paused' });
    expect(h.db.explain('contracts', { status: 'active' }).scanned).toBe(9);
    expect((await contracts().where({ status: 'paused' }).get()).data.map((d: any) => d._id)).toEqual(['c0']);
    await contracts().doc('c4').remove();
    expect(h.db.explain('contracts', { status: 'active' }).scanned).toBe(8);
  });
});

describe('unique indexes', () => {
  const residents = () => h.database.collection('residents');

  test('reject a second document with the same key', async () => {
    await residents().add({ _id: 'res1', idHmac: 'hmac-1' });
    const err = await residents().add({ _id: 'res2', idHmac: 'hmac-1' }).catch((e: any) => e);
    expect(err.code).toBe('DATABASE_DUPLICATE_WRITE');
    expect((await residents().doc('res2').get()).data).toEqual([]);
  });

  test('reject an update that would duplicate a key and leave every document as it was', async () => {
    await residents().add([{ _id: 'res3', idHmac: 'hmac-3', grp: 'x' }, { _id: 'res4', idHmac: 'hmac-4', grp: 'x' }]);
    const err = await residents().where({ grp: 'x' }).update({ idHmac: 'same' }).catch((e: any) => e);
    expect(err.code).toBe('DATABASE_DUPLICATE_WRITE');
    const { data } = await residents().where({ grp: 'x' }).orderBy('_id', 'asc').get();
    expect(data.map((d: any) => d.idHmac)).toEqual(['hmac-3', 'hmac-4']);
  });

  test('free the key once its document changes', async () => {
    await residents().add({ _id: 'res5', idHmac: 'hmac-5' });
    await residents().doc('res5').update({ idHmac: 'hmac-5b' });
    expect((await residents().add({ _id: 'res6', idHmac: 'hmac-5' })).id).toBe('res6');
  });

  test('are checked again when a transaction commits', async () => {
    await residents().add({ _id: 'res7', idHmac: 'hmac-7' });
    const err = await h.database
      .runTransaction(async (t: any) => {
        await t.collection('residents').add({ _id: 'res8', idHmac: 'hmac-7' });
      })
      .catch((e: any) => e);
    expect(err.code).toBe('DATABASE_DUPLICATE_WRITE');
    expect((await residents().doc('res8').get()).data).toEqual([]);
  });
});

describe('index keys and persistence', () => {
  test('encode numbers so that text order is numeric order', () => {
    const values = [-1e300, -1000.5, -3, -1, -0.25, 0, 1e-9, 0.5, 1, 1.5, 2, 10, 1e6, 2 ** 53, 1e300];
    const keys = values.map((v) => encodeKey(v)!);
    expect([...keys].sort()).toEqual(keys);
    expect(encodeKey(-0)).toBe(encodeKey(0));
  });

  test('order types like MongoDB: numbers, strings, booleans, dates', () => {
    const keys = [encodeKey(1e9), encodeKey(''), encodeKey('z'), encodeKey(false), encodeKey(true), encodeKey(new Date(0))];
    expect([...keys].sort()).toEqual(keys);
  });

  test('answer numeric ranges through the index exactly as a full scan does', () => {
    const file = path.join(tempDir('yl-idx-'), 'db.sqlite');
    const db = openDatabase({ file, indexes: [{ collection: 'n', field: 'v' }] });
    db.ensureCollection('n');
    const values = [-3, -1.5, 0, 0.5, 1, 2, 2.5, 10, 'text', null, [0.7, 40], { v: 1 }];
    db.insert('n', values.map((v, i) => ({ _id: `d${i}`, v, copy: v })));
    for (const cond of [{ $gt: 0.5 }, { $gte: -1.5, $lt: 2 }, { $lte: 0 }, { $gt: 1, $lt: 3 }, { $in: [2, 'text', 0.7] }]) {
      const indexed = db.find('n', { v: cond }).map((d) => d._id);
      const scanned = db.find('n', { copy: cond }).map((d) => d._id);
      expect(db.explain('n', { v: cond }).index).toBe('v');
      expect(indexed).toEqual(scanned);
    }
    db.close();
  });

  test('survive a restart and build a newly declared index from existing data', () => {
    const file = path.join(tempDir('yl-idx-'), 'db.sqlite');
    const first = openDatabase({ file, indexes: [{ collection: 'p', field: 'k', unique: true }] });
    first.ensureCollection('p');
    first.insert('p', [{ _id: 'a', k: 1, t: 'x' }, { _id: 'b', k: 2, t: 'y' }]);
    first.close();
    const second = openDatabase({ file, indexes: [{ collection: 'p', field: 'k', unique: true }, { collection: 'p', field: 't' }] });
    expect(second.explain('p', { t: 'y' })).toEqual({ index: 't', scanned: 1 });
    expect(() => second.insert('p', [{ k: 1 }])).toThrow(expect.objectContaining({ code: 'DATABASE_DUPLICATE_WRITE' }));
    second.close();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});
