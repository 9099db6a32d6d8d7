import { checkGeometry } from '../../shared/geo/polygon-validation';
import { describeRepairs, repairRing } from '../../shared/geo/ring-repair';
import { adaptiveCover, lookupCells, MAX_COVER_CELLS, pointInGeometry, type Position, type Ring } from '../../shared/geo';
import { findOverlaps } from '../../shared/geo/grid-overlaps';
import { labelPoint, bboxOf, type GridGeometry } from '../../shared/geo';

// Rounded so that neighbours built from it share their corners exactly, as in real data.
const r7 = (v: number): number => Math.round(v * 1e7) / 1e7;
const square = (x: number, y: number, s: number): Ring => [[x, y], [r7(x + s), y], [r7(x + s), r7(y + s)], [x, r7(y + s)], [x, y]];
const polygon = (...rings: Ring[]): GridGeometry => ({ type: 'Polygon', coordinates: rings });

describe('safe repairs of real boundary data', () => {
  it('removes repeated consecutive points and says how many', () => {
    const ring: Ring = [[102.8, 24.8], [102.8, 24.8], [102.9, 24.8], [102.9, 24.8], [102.9, 24.8], [102.9, 24.9], [102.8, 24.9], [102.8, 24.8]];
    const { ring: repaired, repairs } = repairRing(ring);
    expect(repaired).toEqual(square(102.8, 24.8, 0.1));
    expect(repairs).toEqual({ duplicates: 3, spikes: 0, backtracks: 0, closed: 0 });
    expect(describeRepairs(repairs)).toBe('去掉 3 个重复点');
  });

  it('removes a zero-area spike that goes out and comes back to the same point', () => {
    const ring: Ring = [[102.8, 24.8], [102.9, 24.8], [102.95, 24.85], [102.9, 24.8], [102.9, 24.9], [102.8, 24.9], [102.8, 24.8]];
    const { ring: repaired, repairs } = repairRing(ring);
    expect(repaired).toEqual(square(102.8, 24.8, 0.1));
    expect(repairs.spikes).toBe(1);
    expect(checkGeometry(polygon(ring))).toMatchObject({ problems: [], geometry: polygon(square(102.8, 24.8, 0.1)) });
  });

  it('removes collinear back-tracking, where the boundary runs back along the line it came on', () => {
    const ring: Ring = [[102.8, 24.8], [102.9, 24.8], [102.85, 24.8], [102.85, 24.9], [102.8, 24.8]];
    const { ring: repaired, repairs } = repairRing(ring);
    expect(repaired).toEqual([[102.8, 24.8], [102.85, 24.8], [102.85, 24.9], [102.8, 24.8]]);
    expect(repairs).toMatchObject({ backtracks: 1, spikes: 0 });
    expect(describeRepairs(repairs)).toBe('去掉 1 处共线折返');
  });

  it('repairs a spike across the seam of the ring, where the first and last points meet', () => {
    const ring: Ring = [[102.9, 24.85], [102.9, 24.9], [102.8, 24.9], [102.8, 24.8], [102.9, 24.8], [102.95, 24.8], [102.9, 24.8], [102.9, 24.85]];
    const { ring: repaired, repairs } = repairRing(ring);
    expect(repairs.spikes).toBe(1);
    expect(checkGeometry(polygon(repaired)).problems).toEqual([]);
    expect(repaired).not.toContainEqual([102.95, 24.8]);
  });

  it('closes an unclosed ring', () => {
    const open = square(102.8, 24.8, 0.1).slice(0, 4);
    const checked = checkGeometry(polygon(open));
    expect(checked.problems).toEqual([]);
    expect(checked.geometry).toEqual(polygon(square(102.8, 24.8, 0.1)));
    expect(describeRepairs(checked.repairs)).toBe('闭合 1 个首尾不相接的边界');
  });

  it('drops a height given as a third coordinate', () => {
    const ring = square(102.8, 24.8, 0.1).map(([x, y]) => [x, y, 1800]);
    expect(checkGeometry({ type: 'Polygon', coordinates: [ring] }).geometry).toEqual(polygon(square(102.8, 24.8, 0.1)));
  });
});

describe('defects refused with the coordinates of the place', () => {
  it('refuses a bow-tie crossing and gives the crossing point', () => {
    const bowTie: Ring = [[102.8, 24.8], [102.9, 24.9], [102.9, 24.8], [102.8, 24.9], [102.8, 24.8]];
    expect(checkGeometry(polygon(bowTie))).toEqual({
      geometry: null,
      repairs: { duplicates: 0, spikes: 0, backtracks: 0, closed: 0 },
      problems: ['外边界自相交：边界在 [102.85, 24.85] 处交叉或重叠'],
    });
  });

  it('refuses a hole outside its shell, naming a point of the hole', () => {
    expect(checkGeometry(polygon(square(102.8, 24.8, 0.1), square(103, 25, 0.02))).problems).toEqual([
      '第1个内洞不在外边界之内（内洞的点 [103, 25] 在外边界之外）',
    ]);
  });

  it('refuses a hole inside another hole', () => {
    expect(checkGeometry(polygon(square(102.8, 24.8, 0.1), square(102.82, 24.82, 0.05), square(102.83, 24.83, 0.01))).problems).toEqual([
      '第2个内洞位于第1个内洞之内（[102.83, 24.83]），内洞不能套着内洞',
    ]);
  });

  it('refuses a hole crossing its shell, where they meet', () => {
    expect(checkGeometry(polygon(square(102.8, 24.8, 0.1), square(102.85, 24.85, 0.1))).problems[0]).toMatch(
      /^外边界与第1个内洞在 \[102\.9, 24\.85\] 处相交或接触$|^外边界与第1个内洞在 \[102\.85, 24\.9\] 处相交或接触$/,
    );
  });

  it('refuses overlapping parts of a MultiPolygon, and a part inside another', () => {
    const crossing = checkGeometry({ type: 'MultiPolygon', coordinates: [[square(102.8, 24.8, 0.1)], [square(102.85, 24.85, 0.1)]] });
    expect(crossing.problems[0]).toMatch(/^第1个面与第2个面在 \[[\d.]+, [\d.]+\] 处相交或接触/);
    const nested = checkGeometry({ type: 'MultiPolygon', coordinates: [[square(102.8, 24.8, 0.1)], [square(102.82, 24.82, 0.02)]] });
    expect(nested.problems).toEqual(['第2个面位于第1个面之内（[102.82, 24.82]），两个面重叠']);
  });

  it('still refuses what no repair can save: too few distinct corners', () => {
    expect(checkGeometry(polygon([[102.8, 24.8], [102.9, 24.8], [102.8, 24.8]])).problems).toEqual(['外边界的不同坐标点少于 3 个，围不成一个面']);
  });
});

/** A wavy ring of `n` vertices around a centre: about `radiusKm` across in Yunnan, never self-crossing. */
function wavy([cx, cy]: Position, radiusKm: number, n: number): Ring {
  const ring: Ring = [];
  for (let i = 0; i < n; i++) {
    const t = (i / n) * 2 * Math.PI;
    const r = (radiusKm / 100) * (1 + 0.08 * Math.sin(7 * t) + 0.03 * Math.sin(53 * t));
    ring.push([cx + (r * Math.cos(t)) / Math.cos((cy * Math.PI) / 180), cy + r * Math.sin(t) * 0.9]);
  }
  return [...ring, ring[0]];
}

describe('large rural grids', () => {
  it('covers a 500 km² mountain village of 4,000 vertices with a bounded number of coarser cells, and finds every point in it', () => {
    const ring = wavy([98.85, 26.9], 13.3, 4000);
    const geometry = polygon(ring);
    expect(checkGeometry(geometry).problems).toEqual([]);
    const cover = adaptiveCover(geometry);
    expect(cover).not.toBeNull();
    expect(cover!.precision).toBeLessThan(6);
    expect(cover!.cells.length).toBeLessThanOrEqual(MAX_COVER_CELLS);
    const box = bboxOf(geometry);
    let inside = 0;
    for (let i = 0; i < 400; i++) {
      const p: Position = [box.west + ((i * 37) % 400) / 400 * (box.east - box.west), box.south + ((i * 91) % 400) / 400 * (box.north - box.south)];
      if (!pointInGeometry(p, geometry)) continue;
      inside += 1;
      expect(lookupCells(p[1], p[0]).some((c) => cover!.cells.includes(c))).toBe(true);
    }
    expect(inside).toBeGreaterThan(200);
  });

  it('keeps small city grids at the finest cells', () => {
    expect(adaptiveCover(polygon(square(102.8, 24.8, 0.01)))!.precision).toBe(6);
  });
});

describe('overlaps between grids', () => {
  const grid = (ring: Ring) => {
    const geometry = polygon(ring);
    const c = labelPoint(geometry);
    return { geometry, bbox: bboxOf(geometry), inside: [c.lng, c.lat] as Position };
  };

  it('finds two grids that overlap and says where', () => {
    const found = findOverlaps([grid(square(102.8, 24.8, 0.1)), grid(square(102.85, 24.85, 0.1))], () => true);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ a: 0, b: 1 });
  });

  it('does not count neighbours sharing an outline or a corner as overlapping', () => {
    const found = findOverlaps([grid(square(102.8, 24.8, 0.1)), grid(square(102.9, 24.8, 0.1)), grid(square(102.9, 24.9, 0.1))], () => true);
    expect(found).toEqual([]);
  });

  it('does not count an outline shared up to float noise as an overlap', () => {
    // 24.8 + 0.1 is 24.900000000000002: the lower square reaches 2e-15 degrees into the upper one.
    const noisy = (x: number, y: number, s: number): Ring => [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];
    expect(findOverlaps([grid(noisy(102.9, 24.8, 0.1)), grid(square(102.9, 24.9, 0.1))], () => true)).toEqual([]);
  });

  it('finds a grid lying inside another, and two identical grids', () => {
    expect(findOverlaps([grid(square(102.8, 24.8, 0.1)), grid(square(102.82, 24.82, 0.02))], () => true)).toHaveLength(1);
    expect(findOverlaps([grid(square(102.8, 24.8, 0.1)), grid(square(102.8, 24.8, 0.1))], () => true)).toHaveLength(1);
  });

  it('skips the pairs it is told not to compare', () => {
    expect(findOverlaps([grid(square(102.8, 24.8, 0.1)), grid(square(102.85, 24.85, 0.1))], () => false)).toEqual([]);
  });
});
