import { startHarness, type Harness } from './helpers/harness';

let h: Harness;
let name = 0;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function collectionWith(docs: Record<string, unknown>[]): Promise<any> {
  const coll = `fidop${++name}`;
  await h.database.createCollection(coll);
  if (docs.length > 0) await h.database.collection(coll).add(docs);
  return h.database.collection(coll);
}

const categories = (res: { data: { category: string }[] }) => res.data.map((d) => d.category).sort();

/** The SDK authors' own fixture for these operators, with CloudBase's answers in their tests. */
const passages = [
  { category: 'Web', tags: ['JavaScript', 'C#'], index: 0 },
  { category: 'Web2', tags: ['Go', 'C#'], index: 1 },
  { category: 'number', tags: [1, 2, 3, 4, 5, 6, 7, 8, 9], index: 3 },
  { category: 'embedded', tags: [{ value: 1 }, { value: 7 }], index: 4 },
  { category: 'float', tags: ['Go'], index: 0.2 },
];

describe('$elemMatch', () => {
  test('with a field condition matches only arrays holding a document with that field, never scalar arrays', async () => {
    const coll = await collectionWith(passages);
    expect(categories(await coll.where({ tags: h._.elemMatch({ value: h._.exists(true) }) }).get())).toEqual(['embedded']);
    expect(categories(await coll.where({ tags: h._.elemMatch({ value: h._.mod([4, 3]) }) }).get())).toEqual(['embedded']);
  });

  test('with value operators tests the elements themselves', async () => {
    const coll = await collectionWith(passages);
    expect(categories(await coll.where({ tags: h._.elemMatch(h._.gt(2)) }).get())).toEqual(['number']);
  });
});

describe('$jsonSchema', () => {
  test('matches documents the schema accepts, and _.nor over it matches none of them', async () => {
    const coll = await collectionWith(passages);
    expect((await coll.where(h._.jsonSchema({ required: ['category'] })).get()).data).toHaveLength(passages.length);
    expect((await coll.where(h._.nor([h._.jsonSchema({ required: ['category'] })])).get()).data).toEqual([]);
  });

  test('checks bsonType, properties, items and bounds as MongoDB does', async () => {
    const coll = await collectionWith(passages);
    const schema = { bsonType: 'object', properties: { index: { bsonType: 'int', minimum: 1 }, tags: { bsonType: 'array', items: { bsonType: 'string' } } } };
    expect(categories(await coll.where(h._.jsonSchema(schema)).get())).toEqual(['Web2']);
  });

  test('refuses a keyword MongoDB does not support with INVALID_PARAM', async () => {
    const coll = await collectionWith(passages);
    await expect(coll.where(h._.jsonSchema({ type: 'integer' })).get()).rejects.toMatchObject({ code: 'INVALID_PARAM' });
  });
});

describe('aggregate $geoNear', () => {
  const attractions = [
    { _id: 'geoNear.0', city: 'Guangzhou', location: { type: 'Point', coordinates: [113.30593, 23.1361155] }, name: 'Canton Tower' },
    { _id: 'geoNear.1', city: 'Hangzhou', location: { type: 'Point', coordinates: [113.306789, 23.1564721] }, name: 'Baiyun Mountain' },
    { _id: 'geoNear.2', city: 'Beijing', location: { type: 'Point', coordinates: [116.3949659, 39.9163447] }, name: 'The Palace Museum' },
  ];

  test('answers the matching documents nearest first with their distance in metres', async () => {
    const coll = await collectionWith(attractions);
    const res = await coll
      .aggregate()
      .geoNear({ distanceField: 'distance', spherical: true, near: new h.database.Geo.Point(113.3089506, 23.0968251), query: { city: /zhou/ }, key: 'location', includeLocs: 'loc' })
      .end();
    expect(res.data.map((d: any) => d.name)).toEqual(['Canton Tower', 'Baiyun Mountain']);
    expect(res.data[1].distance).toBeCloseTo(6643.521654040738, 3);
    expect(res.data[1].loc).toEqual(attractions[1].location);
  });

  test('finds the geo field by itself, applies maxDistance and feeds later stages', async () => {
    const coll = await collectionWith(attractions);
    const res = await coll
      .aggregate()
      .geoNear({ distanceField: 'meta.d', spherical: true, near: new h.database.Geo.Point(113.3089506, 23.0968251), maxDistance: 5000 })
      .project({ _id: 0, name: 1, meta: 1 })
      .end();
    expect(res.data).toEqual([{ name: 'Canton Tower', meta: { d: expect.any(Number) } }]);
    expect(res.data[0].meta.d).toBeLessThan(5000);
  });

  test('is refused anywhere but first with INVALID_PARAM', async () => {
    const coll = await collectionWith(attractions);
    const late = coll.aggregate().match({ city: 'Beijing' }).geoNear({ distanceField: 'd', near: new h.database.Geo.Point(113, 23) }).end();
    await expect(late).rejects.toMatchObject({ code: 'INVALID_PARAM' });
  });
});

describe('string and date expressions', () => {
  test('$indexOfCP counts code points; $substr and $substrBytes take a negative length as "to the end"', async () => {
    const coll = await collectionWith([{ s: 'cafétéria', t: 'abcdef' }]);
    const $ = h._.aggregate;
    const res = await coll
      .aggregate()
      .project({
        _id: 0,
        first: $.indexOfCP(['$s', 'é']),
        later: $.indexOfCP(['$s', 'é', 4]),
        none: $.indexOfCP(['$s', 'x']),
        rest: $.substr(['$t', 2, -1]),
        restBytes: $.substrBytes(['$t', 1, -1]),
        fixed: $.substrBytes(['$t', 1, 2]),
      })
      .end();
    expect(res.data).toEqual([{ first: 3, later: 5, none: -1, rest: 'cdef', restBytes: 'bcdef', fixed: 'bc' }]);
  });

  test('$week numbers weeks from Sunday, days before the first Sunday being week 0 (MongoDB %U)', async () => {
    const dates = ['2019-05-14T09:38:51.686Z', '2024-01-01T00:00:00Z', '2024-01-07T00:00:00Z', '2023-01-01T00:00:00Z', '2021-01-02T00:00:00Z'];
    const coll = await collectionWith(dates.map((d, i) => ({ i, d: new Date(d) })));
    const $ = h._.aggregate;
    const res = await coll.aggregate().sort({ i: 1 }).project({ _id: 0, w: $.week('$d'), iso: $.isoWeek('$d') }).end();
    expect(res.data.map((r: any) => r.w)).toEqual([19, 0, 1, 1, 0]);
    expect(res.data[0].iso).toBe(20);
  });

  test('$week honours a timezone', async () => {
    const coll = await collectionWith([{ d: new Date('2024-01-06T20:00:00Z') }]);
    const $ = h._.aggregate;
    const res = await coll.aggregate().project({ _id: 0, utc: $.week('$d'), shanghai: $.week({ date: '$d', timezone: 'Asia/Shanghai' }) }).end();
    expect(res.data).toEqual([{ utc: 0, shanghai: 1 }]);
  });
});
