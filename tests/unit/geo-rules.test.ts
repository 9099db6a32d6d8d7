import {
  CHINA_BBOX,
  bboxOf,
  haversineMeters,
  labelPoint,
  pointInPolygon,
  polygonProblems,
  ringSide,
  wgs84ToGcj02,
  toGcj02,
  type Ring,
} from '../../shared/geo';

const square = (x: number, y: number, s: number): Ring => [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];

describe('point in polygon', () => {
  const outline = square(102.8, 24.8, 0.1);
  const hole = square(102.83, 24.83, 0.02);

  it('tells inside, boundary and outside apart for one ring', () => {
    expect(ringSide([102.85, 24.85], outline)).toBe('inside');
    expect(ringSide([102.8, 24.85], outline)).toBe('boundary');
    expect(ringSide([102.9, 24.9], outline)).toBe('boundary');
    expect(ringSide([102.95, 24.85], outline)).toBe('outside');
  });

  it('counts the outline and the edge of a hole as part of the polygon, and the inside of a hole as not', () => {
    expect(pointInPolygon([102.81, 24.81], [outline, hole])).toBe(true);
    expect(pointInPolygon([102.84, 24.84], [outline, hole])).toBe(false);
    expect(pointInPolygon([102.83, 24.84], [outline, hole])).toBe(true);
    expect(pointInPolygon([102.8, 24.84], [outline, hole])).toBe(true);
    expect(pointInPolygon([102.79, 24.84], [outline, hole])).toBe(false);
  });

  it('handles a concave outline', () => {
    const u: Ring = [[0 + 100, 20], [3 + 100, 20], [3 + 100, 23], [2 + 100, 23], [2 + 100, 21], [1 + 100, 21], [1 + 100, 23], [100, 23], [100, 20]];
    expect(pointInPolygon([101.5, 22], [u])).toBe(false);
    expect(pointInPolygon([100.5, 22], [u])).toBe(true);
    expect(pointInPolygon([102.5, 22], [u])).toBe(true);
    const label = labelPoint({ type: 'Polygon', coordinates: [u] });
    expect(pointInPolygon([label.lng, label.lat], [u])).toBe(true);
  });
});

describe('distances and boxes', () => {
  it('measures one degree of latitude as about 111.2 km', () => {
    expect(haversineMeters([102.7, 25], [102.7, 26])).toBeCloseTo(111_195, -1);
  });

  it('measures Kunming to Pu\'er (思茅) as about 310 km in a straight line', () => {
    const d = haversineMeters([102.71, 25.04], [100.97, 22.78]);
    expect(d).toBeGreaterThan(300_000);
    expect(d).toBeLessThan(320_000);
  });

  it('boxes a MultiPolygon over all its parts', () => {
    expect(bboxOf({ type: 'MultiPolygon', coordinates: [[square(100, 20, 1)], [square(103, 25, 1)]] })).toEqual({ west: 100, south: 20, east: 104, north: 26 });
  });
});

describe('wgs84 to gcj02 (gcoord)', () => {
  it('shifts a GPS position in Kunming by a few hundred metres, as Chinese maps expect', () => {
    const gps = { lat: 24.87, lng: 102.85 };
    const gcj = wgs84ToGcj02(gps);
    const shift = haversineMeters([gps.lng, gps.lat], [gcj.lng, gcj.lat]);
    expect(shift).toBeGreaterThan(100);
    expect(shift).toBeLessThan(800);
    expect(toGcj02(gps, 'wgs84')).toEqual(gcj);
    expect(toGcj02(gps, 'gcj02')).toEqual(gps);
  });

  it('leaves a position outside China unchanged', () => {
    expect(wgs84ToGcj02({ lat: 35.68, lng: 139.76 })).toEqual({ lat: 35.68, lng: 139.76 });
  });
});

describe('validating a grid polygon', () => {
  it('accepts a closed ring with a hole inside it, and a MultiPolygon', () => {
    expect(polygonProblems({ type: 'Polygon', coordinates: [square(102.8, 24.8, 0.1), square(102.83, 24.83, 0.02)] })).toEqual([]);
    expect(polygonProblems({ type: 'MultiPolygon', coordinates: [[square(102.8, 24.8, 0.1)], [square(103, 25, 0.1)]] })).toEqual([]);
  });

  it('refuses coordinates outside China, naming the coordinate and the likely mistake', () => {
    const swapped = square(24.8, 102.8, 0.1);
    const [problem] = polygonProblems({ type: 'Polygon', coordinates: [swapped] });
    expect(problem).toMatch(/不在中国境内/);
    expect(problem).toMatch(/写反/);
    expect(CHINA_BBOX.west).toBeLessThan(CHINA_BBOX.east);
  });

  it('refuses points, lines and malformed coordinates in Chinese only', () => {
    const messages = [
      ...polygonProblems({ type: 'Point', coordinates: [102.8, 24.8] }),
      ...polygonProblems(null),
      ...polygonProblems({ type: 'Polygon', coordinates: [[[102.8, 24.8], [102.9, 24.8], [102.8, 24.8]]] }),
      ...polygonProblems({ type: 'Polygon', coordinates: [[['a', 24.8]]] }),
    ];
    expect(messages).toHaveLength(4);
    for (const m of messages) expect(m).not.toMatch(/[A-Za-z]{3,}/);
  });
});
