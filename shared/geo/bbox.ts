import { polygonsOf, type BBox, type GridGeometry, type Position } from './types';

/** The smallest box holding every position of the geometry. */
export function bboxOf(geometry: GridGeometry): BBox {
  const box: BBox = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const rings of polygonsOf(geometry)) for (const ring of rings) extend(box, ring);
  return box;
}

function extend(box: BBox, positions: Position[]): void {
  for (const [lng, lat] of positions) {
    if (lng < box.west) box.west = lng;
    if (lng > box.east) box.east = lng;
    if (lat < box.south) box.south = lat;
    if (lat > box.north) box.north = lat;
  }
}

/** True when the closed boxes share at least one point. */
export function bboxIntersects(a: BBox, b: BBox): boolean {
  return a.west <= b.east && b.west <= a.east && a.south <= b.north && b.south <= a.north;
}

export function bboxContains(box: BBox, [lng, lat]: Position): boolean {
  return lng >= box.west && lng <= box.east && lat >= box.south && lat <= box.north;
}

/** The box grown by `meters` on every side (an approximation fine below a few hundred km). */
export function bboxExpand(box: BBox, meters: number): BBox {
  const dLat = meters / 111_320;
  const midLat = ((box.south + box.north) / 2) * (Math.PI / 180);
  const dLng = meters / (111_320 * Math.max(Math.cos(midLat), 0.01));
  return { west: box.west - dLng, south: box.south - dLat, east: box.east + dLng, north: box.north + dLat };
}
