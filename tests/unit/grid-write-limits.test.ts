import { MAX_DOCS_PER_REQUEST, MAX_REQUEST_BYTES, requestBatches, wireBytes } from '../../cloudfunctions/core/grids/write-limits';

/** The SDK's encoding, spelled out: EJSON values, serialised, then sent as a JSON string. */
function ejson(v: unknown): unknown {
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 2 ** 31 ? { $numberInt: String(v) } : { $numberDouble: String(v) };
  if (v instanceof Date) return { $date: { $numberLong: String(v.getTime()) } };
  if (Array.isArray(v)) return v.map(ejson);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => [k, ejson(x)]));
  return v;
}
const sent = (doc: unknown): number => Buffer.byteLength(JSON.stringify(JSON.stringify(ejson(doc))));

const grid = (id: string, vertices: number) => ({
  _id: `${id}@import-1`,
  gridId: id,
  name: '石龙湖社区"第一"网格\\东',
  region: { province: '云南省', city: '昆明市' },
  places: ['宝丰小区', 'a\nb'],
  geometry: { type: 'Polygon', coordinates: [Array.from({ length: vertices }, (_, i) => [102.123456789 + i * 1e-5, 24.5 + (i % 7) * 1e-4])] },
  center: { lat: 24.5, lng: 102.1 },
  big: 2 ** 40,
  flag: true,
  none: null,
  skipped: undefined,
  importedAt: new Date(1764500000000),
});

describe('keeping write requests within CloudBase limits', () => {
  it('measures a document exactly as the SDK sends it, with no serialising', () => {
    for (const doc of [grid('a', 3), grid('b', 500), { n: -1.5e-7, s: '' }, []]) expect(wireBytes(doc)).toBe(sent(doc));
  });

  it('splits documents into requests of at most 100 documents and 2 MB', () => {
    const small = Array.from({ length: 250 }, (_, i) => grid(`s${i}`, 3));
    expect(requestBatches(small).map((b) => b.length)).toEqual([MAX_DOCS_PER_REQUEST, MAX_DOCS_PER_REQUEST, 50]);
    const large = Array.from({ length: 9 }, (_, i) => grid(`l${i}`, 9000));
    const batches = requestBatches(large);
    expect(batches.flat()).toEqual(large);
    for (const b of batches) expect(b.reduce((n, d) => n + sent(d), 0)).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(batches.length).toBeGreaterThan(2);
  });
});
