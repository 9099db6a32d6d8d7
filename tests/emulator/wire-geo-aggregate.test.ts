import { startHarness, type Harness } from './helpers/harness';

let h: Harness;
let Geo: any;

const KUNMING = [102.7123, 25.0406];
const NEAR_KUNMING = [102.72, 25.05]; // about 1.3 km away
const DALI = [100.2676, 25.6065];
const JINGHONG = [100.7979, 22.0017];
const ids = (res: { data: { _id: string }[] }) => res.data.map((d) => d._id);

beforeAll(async () => {
  h = await startHarness();
  Geo = h.database.Geo;
  await h.database.createCollection('places');
  await h.database.createCollection('areas');
  const point = ([lng, lat]: number[]) => new Geo.Point(lng, lat);
  await h.database.collection('places').add([
    { _id: 'dali', loc: point(DALI) },
    { _id: 'kunming', loc: point(KUNMING) },
    { _id: 'jinghong', loc: point(JINGHONG) },
    { _id: 'near', loc: point(NEAR_KUNMING) },
  ]);
  const ring = [[102.6, 24.9], [102.9, 24.9], [102.9, 25.2], [102.6, 25.2], [102.6, 24.9]];
  await h.database.collection('areas').add({ _id: 'wuhua', boundary: new Geo.Polygon([new Geo.LineString(ring.map(point))]) });
});
afterAll(() => h.close());

const square = (lng0: number, lat0: number, lng1: number, lat1: number) =>
  new Geo.Polygon([new Geo.LineString([[lng0, lat0], [lng1, lat0], [lng1, lat1], [lng0, lat1], [lng0, lat0]].map(([x, y]) => new Geo.Point(x, y)))]);

describe('geo queries', () => {
  const places = () => h.database.collection('places');

  test('geoNear returns points within maxDistance, nearest first', async () => {
    const res = await places().where({ loc: h._.geoNear({ geometry: new Geo.Point(102.7124, 25.0407), maxDistance: 5000 }) }).get();
    expect(ids(res)).toEqual(['kunming', 'near']);
  });

  test('geoNear without bounds orders every point by distance', async () => {
    const res = await places().where({ loc: h._.geoNear({ geometry: new Geo.Point(KUNMING[0], KUNMING[1]) }) }).get();
    expect(ids(res)).toEqual(['kunming', 'near', 'dali', 'jinghong']);
  });

  test('geoNear leaves out points closer than minDistance', async () => {
    const res = await places().where({ loc: h._.geoNear({ geometry: new Geo.Point(KUNMING[0], KUNMING[1]), minDistance: 500, maxDistance: 300_000 }) }).get();
    expect(ids(res)).toEqual(['near', 'dali']);
  });

  test('geoWithin a polygon returns the points inside it', async () => {
    const res = await places().where({ loc: h._.geoWithin({ geometry: square(102, 24.5, 103.5, 25.5) }) }).get();
    expect(ids(res).sort()).toEqual(['kunming', 'near']);
  });

  test('geoWithin a centerSphere uses a radius in radians', async () => {
    const tenKm = 10_000 / 6_378_100;
    const res = await places().where({ loc: h._.geoWithin({ centerSphere: [DALI, tenKm] }) }).get();
    expect(ids(res)).toEqual(['dali']);
  });

  test('geoIntersects finds the stored polygon that contains a point', async () => {
    const areas = h.database.collection('areas');
    expect(ids(await areas.where({ boundary: h._.geoIntersects({ geometry: new Geo.Point(KUNMING[0], KUNMING[1]) }) }).get())).toEqual(['wuhua']);
    expect(ids(await areas.where({ boundary: h._.geoIntersects({ geometry: new Geo.Point(DALI[0], DALI[1]) }) }).get())).toEqual([]);
  });

  test('geoIntersects finds stored points inside a query polygon', async () => {
    const res = await places().where({ loc: h._.geoIntersects({ geometry: square(100, 21.5, 101, 22.5) }) }).get();
    expect(ids(res)).toEqual(['jinghong']);
  });

  test('round-trips a stored polygon as a db.Geo.Polygon', async () => {
    const { data } = await h.database.collection('areas').doc('wuhua').get();
    expect(data[0].boundary).toBeInstanceOf(Geo.Polygon);
    expect(data[0].boundary.lines[0].points[1]).toMatchObject({ longitude: 102.9, latitude: 24.9 });
  });
});

describe('aggregate()', () => {
  const $ = () => h._.aggregate;
  beforeAll(async () => {
    await h.database.createCollection('scorecards');
    await h.database.createCollection('crews');
    await h.database.collection('crews').add([{ _id: 't1', name: '五华' }, { _id: 't2', name: '盘龙' }]);
    await h.database.collection('scorecards').add([
      { _id: 'v1', team: 't1', score: 5, tags: ['bp', 'sugar'], at: new Date('2024-03-01T00:00:00Z') },
      { _id: 'v2', team: 't1', score: 3, tags: ['bp'], at: new Date('2024-04-01T00:00:00Z') },
      { _id: 'v3', team: 't2', score: 7, tags: [], at: new Date('2024-02-01T00:00:00Z') },
      { _id: 'v4', team: 't3', score: 1, tags: ['sugar'], at: new Date('2024-01-01T00:00:00Z') },
    ]);
  });
  const visits = () => h.database.collection('scorecards').aggregate();

  test('matches, groups, sorts and limits', async () => {
    const res = await visits().match({ score: h._.gt(1) }).group({ _id: '$team', total: $().sum('$score') }).sort({ total: -1 }).limit(5).end();
    expect(res.data).toEqual([{ _id: 't1', total: 8 }, { _id: 't2', total: 7 }]);
  });

  test('projects fields', async () => {
    const res = await visits().match({ _id: 'v1' }).project({ _id: 0, score: 1, team: 1 }).end();
    expect(res.data).toEqual([{ score: 5, team: 't1' }]);
  });

  test('counts into a named field', async () => {
    expect((await visits().match({ team: 't1' }).count('n').end()).data).toEqual([{ n: 2 }]);
  });

  test('unwinds an array into one document per element', async () => {
    const res = await visits().unwind('$tags').group({ _id: '$tags', n: $().sum(1) }).sort({ _id: 1 }).end();
    expect(res.data).toEqual([{ _id: 'bp', n: 2 }, { _id: 'sugar', n: 2 }]);
  });

  test('joins another collection with lookup', async () => {
    const res = await visits()
      .match({ _id: h._.in(['v1', 'v4']) })
      .lookup({ from: 'crews', localField: 'team', foreignField: '_id', as: 'teamDocs' })
      .project({ teamDocs: 1 })
      .sort({ _id: 1 })
      .end();
    expect(res.data).toEqual([
      { _id: 'v1', teamDocs: [{ _id: 't1', name: '五华' }] },
      { _id: 'v4', teamDocs: [] },
    ]);
  });

  test('adds computed fields and skips', async () => {
    const res = await visits().addFields({ double: $().multiply(['$score', 2]) }).sort({ score: -1 }).skip(1).limit(2).project({ double: 1 }).end();
    expect(res.data).toEqual([{ _id: 'v1', double: 10 }, { _id: 'v2', double: 6 }]);
  });

  test('keeps dates as Date through a pipeline', async () => {
    const res = await visits().group({ _id: null, last: $().max('$at') }).end();
    expect(res.data[0].last).toBeInstanceOf(Date);
    expect(res.data[0].last.toISOString()).toBe('2024-04-01T00:00:00.000Z');
  });
});
