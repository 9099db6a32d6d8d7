import { haversineMeters, intersects, pointInPolygon, toShape, within, type Position } from '../../emulator/db/geometry';
import { openDatabase } from '../../emulator/db';

const ring = (pts: Position[]): Position[] => [...pts, pts[0]];
const SQUARE = ring([[0, 0], [4, 0], [4, 4], [0, 4]]);
const HOLE = ring([[1, 1], [2, 1], [2, 2], [1, 2]]);
const polygon = (...rings: Position[][]) => toShape({ type: 'Polygon', coordinates: rings })!;

describe('geometry used by the geo operators', () => {
  test('measures one degree of a meridian as 111.32 km on the earth radius MongoDB uses', () => {
    expect(haversineMeters([0, 0], [0, 1])).toBeCloseTo(111_318.85, 1);
    expect(haversineMeters([102.7, 25], [102.7, 25])).toBe(0);
  });

  test('finds points inside a polygon, outside it, in its hole and on its edge', () => {
    expect(pointInPolygon([3, 3], [SQUARE, HOLE])).toBe(true);
    expect(pointInPolygon([5, 1], [SQUARE, HOLE])).toBe(false);
    expect(pointInPolygon([1.5, 1.5], [SQUARE, HOLE])).toBe(false);
    expect(pointInPolygon([4, 2], [SQUARE])).toBe(true);
  });

  test('intersects overlapping polygons, crossing lines and contained points but not disjoint shapes', () => {
    const far = polygon(ring([[10, 10], [11, 10], [11, 11]]));
    const overlapping = polygon(ring([[3, 3], [6, 3], [6, 6], [3, 6]]));
    const crossing = toShape({ type: 'LineString', coordinates: [[-1, 2], [5, 2]] })!;
    expect(intersects(polygon(SQUARE), overlapping)).toBe(true);
    expect(intersects(polygon(SQUARE), crossing)).toBe(true);
    expect(intersects(polygon(SQUARE), toShape({ type: 'Point', coordinates: [2, 3] })!)).toBe(true);
    expect(intersects(polygon(SQUARE), far)).toBe(false);
  });

  test('treats a shape as within a polygon only when all its vertices are inside', () => {
    expect(within(toShape({ type: 'MultiPoint', coordinates: [[1, 3], [3, 3]] })!, polygon(SQUARE))).toBe(true);
    expect(within(toShape({ type: 'LineString', coordinates: [[1, 3], [5, 3]] })!, polygon(SQUARE))).toBe(false);
  });

  test('reads legacy [lng, lat] pairs and rejects what is not geometry', () => {
    expect(toShape([102.7, 25])?.points).toEqual([[102.7, 25]]);
    expect(toShape({ type: 'Circle', coordinates: [1, 2] })).toBeNull();
    expect(toShape('Kunming')).toBeNull();
  });

  test('answers a malformed geo query with INVALID_PARAM', async () => {
    const db = openDatabase({ file: ':memory:', indexes: [] });
    db.ensureCollection('g');
    const res = await db.handle({ action: 'database.getDocument', collectionName: 'g', query: '{"loc":{"$geoWithin":{"$geometry":{"type":"Point"}}}}' });
    expect(res.code).toBe('INVALID_PARAM');
    db.close();
  });
});
