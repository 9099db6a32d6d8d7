import {
  GRID_CELL_PRECISION,
  bboxOf,
  cellSize,
  geohashBounds,
  geohashCover,
  geohashEncode,
  pointInGeometry,
  pointInPolygon,
  type GridGeometry,
  type Position,
  type Ring,
} from '../../shared/geo';

/** A deterministic pseudo-random sequence, so failures repeat. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A star-shaped ring around a centre: concave, never self-crossing. */
function star(rand: () => number, [cx, cy]: Position, radius: number, corners: number): Ring {
  const ring: Ring = [];
  for (let i = 0; i < corners; i++) {
    const angle = (i / corners) * 2 * Math.PI;
    const r = radius * (0.45 + 0.55 * rand());
    ring.push([cx + r * Math.cos(angle), cy + r * Math.sin(angle) * 0.9]);
  }
  ring.push(ring[0]);
  return ring;
}

function square([cx, cy]: Position, half: number): Ring {
  return [[cx - half, cy - half], [cx + half, cy - half], [cx + half, cy + half], [cx - half, cy + half], [cx - half, cy - half]];
}

/** What the grid lookup does: candidates by the point's cell, then point-in-polygon. */
function lookup(point: Position, grids: Array<{ id: string; geometry: GridGeometry; cells: Set<string> }>): string[] {
  const cell = geohashEncode(point[1], point[0], GRID_CELL_PRECISION);
  return grids.filter((g) => g.cells.has(cell)).filter((g) => pointInGeometry(point, g.geometry)).map((g) => g.id);
}

describe('the geohash cover of a grid polygon', () => {
  const rand = random(20261123);
  // Twenty concave grids around 石龙湖, some with a hole (a lake) and one in two parts.
  const grids = Array.from({ length: 20 }, (_, i) => {
    const centre: Position = [102.84 + (i % 5) * 0.012 + rand() * 0.004, 24.86 + Math.floor(i / 5) * 0.01 + rand() * 0.004];
    const outline = star(rand, centre, 0.006 + rand() * 0.006, 7 + (i % 9));
    const geometry: GridGeometry =
      i % 4 === 0
        ? { type: 'Polygon', coordinates: [outline, square(centre, 0.0015).reverse()] }
        : i === 7
          ? { type: 'MultiPolygon', coordinates: [[outline], [square([centre[0] + 0.02, centre[1] + 0.02], 0.002)]] }
          : { type: 'Polygon', coordinates: [outline] };
    return { id: `g${i}`, geometry, cells: new Set(geohashCover(geometry)) };
  });

  it('finds, for every one of 20,000 random points, exactly the grids whose polygon holds it', () => {
    const area = { west: 102.83, east: 102.92, south: 24.85, north: 24.91 };
    let inside = 0;
    for (let n = 0; n < 20000; n++) {
      const p: Position = [area.west + rand() * (area.east - area.west), area.south + rand() * (area.north - area.south)];
      const truth = grids.filter((g) => pointInGeometry(p, g.geometry)).map((g) => g.id);
      expect(lookup(p, grids)).toEqual(truth);
      if (truth.length > 0) inside += 1;
    }
    // The sample really exercised both sides.
    expect(inside).toBeGreaterThan(2000);
    expect(inside).toBeLessThan(19000);
  });

  it('puts the cell of every point inside a polygon in its cover', () => {
    for (const g of grids) {
      const box = bboxOf(g.geometry);
      for (let n = 0; n < 2000; n++) {
        const p: Position = [box.west + rand() * (box.east - box.west), box.south + rand() * (box.north - box.south)];
        if (pointInGeometry(p, g.geometry)) expect(g.cells.has(geohashEncode(p[1], p[0], GRID_CELL_PRECISION))).toBe(true);
      }
    }
  });

  it('finds a grid from every vertex and edge midpoint of its outline and its holes', () => {
    for (const g of grids) {
      const rings = g.geometry.type === 'Polygon' ? g.geometry.coordinates : g.geometry.coordinates.flat();
      for (const ring of rings) {
        for (let i = 0; i + 1 < ring.length; i++) {
          for (const p of [ring[i], [(ring[i][0] + ring[i + 1][0]) / 2, (ring[i][1] + ring[i + 1][1]) / 2] as Position]) {
            expect(lookup(p, grids)).toContain(g.id);
          }
        }
      }
    }
  });

  it('leaves out cells lying wholly inside a hole, and never returns a grid for a point in its hole', () => {
    const [w, h] = cellSize(GRID_CELL_PRECISION);
    const centre: Position = [102.85, 24.87];
    const outline = square(centre, 12 * w);
    const hole = square(centre, 6 * w);
    const holed: GridGeometry = { type: 'Polygon', coordinates: [outline, hole] };
    const cells = geohashCover(holed);
    const cellOfCentre = geohashEncode(centre[1], centre[0], GRID_CELL_PRECISION);
    expect(cells).not.toContain(cellOfCentre);
    const solid = geohashCover({ type: 'Polygon', coordinates: [outline] });
    expect(cells.length).toBeLessThan(solid.length);
    // Points in the hole: not found by cell, and not by point-in-polygon either.
    for (const p of [centre, [centre[0] + 2 * w, centre[1] - 2 * h] as Position]) {
      expect(pointInPolygon(p, holed.coordinates)).toBe(false);
      expect(lookup(p, [{ id: 'holed', geometry: holed, cells: new Set(cells) }])).toEqual([]);
    }
    // The hole's own edge belongs to the grid.
    expect(lookup([centre[0] + 6 * w, centre[1]], [{ id: 'holed', geometry: holed, cells: new Set(cells) }])).toEqual(['holed']);
  });

  it('gives a point on the line between two neighbouring grids to both, and one outside to neither', () => {
    const west: GridGeometry = { type: 'Polygon', coordinates: [[[102.84, 24.86], [102.85, 24.86], [102.85, 24.87], [102.84, 24.87], [102.84, 24.86]]] };
    const east: GridGeometry = { type: 'Polygon', coordinates: [[[102.85, 24.86], [102.86, 24.86], [102.86, 24.87], [102.85, 24.87], [102.85, 24.86]]] };
    const both = [
      { id: 'west', geometry: west, cells: new Set(geohashCover(west)) },
      { id: 'east', geometry: east, cells: new Set(geohashCover(east)) },
    ];
    expect(lookup([102.85, 24.865], both)).toEqual(['west', 'east']);
    expect(lookup([102.86, 24.87], both)).toEqual(['east']);
    expect(lookup([102.8601, 24.865], both)).toEqual([]);
    expect(lookup([102.845, 24.8701], both)).toEqual([]);
  });

  it('covers a polygon whose edges lie exactly on cell lines, including the cells beyond those lines', () => {
    const cell = geohashBounds(geohashEncode(24.87, 102.85, GRID_CELL_PRECISION));
    const exact: GridGeometry = {
      type: 'Polygon',
      coordinates: [[[cell.west, cell.south], [cell.east, cell.south], [cell.east, cell.north], [cell.west, cell.north], [cell.west, cell.south]]],
    };
    const cells = geohashCover(exact);
    // The cell itself and its eight neighbours, which own the polygon's east and north edges.
    expect(cells).toHaveLength(9);
    for (const corner of exact.coordinates[0]) expect(cells).toContain(geohashEncode(corner[1], corner[0], GRID_CELL_PRECISION));
  });

  it('keeps the cover small: a 1 km city grid needs a handful of cells', () => {
    const cells = geohashCover({ type: 'Polygon', coordinates: [square([102.85, 24.87], 0.0045)] });
    expect(cells.length).toBeGreaterThanOrEqual(2);
    expect(cells.length).toBeLessThanOrEqual(12);
    expect(new Set(cells).size).toBe(cells.length);
    expect([...cells].sort()).toEqual(cells);
  });
});

describe('geohash', () => {
  it('encodes the reference point of the geohash description', () => {
    expect(geohashEncode(57.64911, 10.40744, 11)).toBe('u4pruydqqvj');
  });

  it('decodes a cell to the box that holds the points encoded to it', () => {
    const hash = geohashEncode(24.87, 102.85, 6);
    const box = geohashBounds(hash);
    expect(24.87).toBeGreaterThanOrEqual(box.south);
    expect(24.87).toBeLessThan(box.north);
    expect(102.85).toBeGreaterThanOrEqual(box.west);
    expect(102.85).toBeLessThan(box.east);
    const [w, h] = cellSize(6);
    expect(box.east - box.west).toBeCloseTo(w, 12);
    expect(box.north - box.south).toBeCloseTo(h, 12);
    expect(geohashEncode(box.south, box.west, 6)).toBe(hash);
  });
});
