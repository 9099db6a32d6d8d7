import { bboxOf } from './bbox';
import { cellsTouchingBBox, countCellsTouchingBBox } from './geohash';
import { pointInPolygon } from './point-in-polygon';
import { segmentsIntersect } from './segments';
import { polygonsOf, type BBox, type GridGeometry, type Position, type Ring } from './types';

/**
 * Precision of the grid lookup cells: a precision-6 cell is about 1.1 km x 0.6 km in Yunnan, so a city
 * grid spans a handful of cells and a mountain village a few dozen, and one cell holds few grids.
 */
export const GRID_CELL_PRECISION = 6;

/** A grid larger than this many cells (~3,000 km²) is refused rather than indexed. */
export const MAX_COVER_CELLS = 5000;

const corners = (b: BBox): Position[] => [
  [b.west, b.south],
  [b.east, b.south],
  [b.east, b.north],
  [b.west, b.north],
];

function boxTouchesPolygon(box: BBox, rings: Ring[]): boolean {
  const [sw, se, ne, nw] = corners(box);
  const sides: Array<[Position, Position]> = [[sw, se], [se, ne], [ne, nw], [nw, sw]];
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i];
      const b = ring[i + 1];
      // An edge with an end in the box, or crossing a side of it, touches the box.
      if (a[0] >= box.west && a[0] <= box.east && a[1] >= box.south && a[1] <= box.north) return true;
      for (const [c, d] of sides) if (segmentsIntersect(a, b, c, d)) return true;
    }
  }
  // No edge reaches the box: it lies wholly inside the polygon (outside every hole) or wholly outside.
  return pointInPolygon([(box.west + box.east) / 2, (box.south + box.north) / 2], rings);
}

/**
 * The geohash cells at `precision` whose union covers the closed polygon: every cell whose closed box
 * touches the polygon, its outline or a hole's edge. So every point of the polygon, boundary
 * included, encodes to a cell of the cover, and a lookup by the point's cell cannot miss a grid.
 * Cells lying wholly inside a hole are left out; cells only partly in a hole, and cells that merely
 * touch the outline from outside, are kept, which is why a lookup still checks the candidates with
 * point-in-polygon. Sorted, without duplicates.
 */
export function geohashCover(geometry: GridGeometry, precision: number = GRID_CELL_PRECISION): string[] {
  const cells = new Set<string>();
  for (const rings of polygonsOf(geometry)) {
    const box = bboxOf({ type: 'Polygon', coordinates: rings });
    if (countCellsTouchingBBox(box, precision) > MAX_COVER_CELLS * 4) {
      throw new Error(`polygon too large to cover at precision ${precision}`);
    }
    for (const [hash, cell] of cellsTouchingBBox(box, precision)) {
      if (!cells.has(hash) && boxTouchesPolygon(cell, rings)) cells.add(hash);
    }
  }
  return [...cells].sort();
}
