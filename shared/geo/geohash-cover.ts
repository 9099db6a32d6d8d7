import { bboxOf } from './bbox';
import { EdgeIndex } from './edge-index';
import { cellsTouchingBBox, countCellsTouchingBBox, geohashEncode } from './geohash';
import { segmentsIntersect } from './segments';
import { polygonsOf, type BBox, type GridGeometry, type Position } from './types';

/**
 * Precision of the grid lookup cells: a precision-6 cell is about 1.1 km x 0.6 km in Yunnan, so a city
 * grid spans a handful of cells and a mountain village a few dozen, and one cell holds few grids.
 */
export const GRID_CELL_PRECISION = 6;

/**
 * Most cells one grid's cover may have. A grid too large for that many precision-6 cells is covered
 * with coarser ones (precision 5, 4, 3: about 25, 700 and 24,000 km² a cell): a 500 km² mountain
 * village takes a few dozen precision-5 cells. Lookups stay exact because the candidates are checked
 * against the polygon.
 */
export const MAX_COVER_CELLS = 512;

/** Cover precisions from the finest, the one tried first, to the coarsest. */
export const COVER_PRECISIONS = [GRID_CELL_PRECISION, 5, 4, 3] as const;

const corners = (b: BBox): Position[] => [
  [b.west, b.south],
  [b.east, b.south],
  [b.east, b.north],
  [b.west, b.north],
];

function boxTouchesPolygon(box: BBox, edges: EdgeIndex): boolean {
  const [sw, se, ne, nw] = corners(box);
  const sides: Array<[Position, Position]> = [[sw, se], [se, ne], [ne, nw], [nw, sw]];
  // Only edges whose own boxes touch the cell can touch it: the index finds them.
  for (const id of edges.near(box.west, box.south, box.east, box.north)) {
    const [a, b] = edges.ends(edges.ref(id));
    // An edge with an end in the box, or crossing a side of it, touches the box.
    if (a[0] >= box.west && a[0] <= box.east && a[1] >= box.south && a[1] <= box.north) return true;
    for (const [c, d] of sides) if (segmentsIntersect(a, b, c, d)) return true;
  }
  // No edge reaches the box: it lies wholly inside the polygon (outside every hole) or wholly outside.
  return edges.encloses([(box.west + box.east) / 2, (box.south + box.north) / 2], box.east + 360);
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
    if (countCellsTouchingBBox(box, precision) > MAX_COVER_CELLS * 16) {
      throw new Error(`polygon too large to cover at precision ${precision}`);
    }
    const edges = new EdgeIndex(rings);
    for (const [hash, cell] of cellsTouchingBBox(box, precision)) {
      if (!cells.has(hash) && boxTouchesPolygon(cell, edges)) cells.add(hash);
    }
  }
  return [...cells].sort();
}

/**
 * The finest cover of at most {@link MAX_COVER_CELLS} cells, trying {@link COVER_PRECISIONS} in turn,
 * or null when even the coarsest needs more (a grid the size of a province).
 */
export function adaptiveCover(geometry: GridGeometry): { precision: number; cells: string[] } | null {
  const box = bboxOf(geometry);
  for (const precision of COVER_PRECISIONS) {
    // A box needing many more cells than allowed cannot have a small enough cover: skip the work.
    if (countCellsTouchingBBox(box, precision) > MAX_COVER_CELLS * 16) continue;
    const cells = geohashCover(geometry, precision);
    if (cells.length > 0 && cells.length <= MAX_COVER_CELLS) return { precision, cells };
  }
  return null;
}

/**
 * The cells a point's lookup asks for: its cell at every cover precision, since a grid's cover may
 * be coarser than {@link GRID_CELL_PRECISION}. Each is a prefix of the finest.
 */
export function lookupCells(lat: number, lng: number): string[] {
  const finest = geohashEncode(lat, lng, GRID_CELL_PRECISION);
  return COVER_PRECISIONS.map((p) => finest.slice(0, p));
}

/** The cells and every coarser prefix of them down to `coarsest` characters, without duplicates. */
export function withCoarserCells(cells: string[], coarsest: number): string[] {
  const out = new Set<string>();
  for (const cell of cells) for (let p = cell.length; p >= coarsest; p--) out.add(cell.slice(0, p));
  return [...out];
}
