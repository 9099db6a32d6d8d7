import { bboxOf } from './bbox';
import { pointInPolygon } from './point-in-polygon';
import { polygonsOf, type GridGeometry, type LatLng, type Position, type Ring } from './types';

function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a / 2;
}

/** Planar area in square degrees of a polygon (outline minus holes); only for comparing polygons. */
export function polygonArea(rings: Ring[]): number {
  return rings.reduce((sum, ring, i) => sum + (i === 0 ? 1 : -1) * Math.abs(ringArea(ring)), 0);
}

/** The midpoint of the widest inside stretch of the horizontal line at `lat`, or null. */
function widestSpan(rings: Ring[], lat: number): Position | null {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x1, y1] = ring[i];
      const [x2, y2] = ring[i + 1];
      if (y1 > lat !== y2 > lat) xs.push(x1 + ((lat - y1) * (x2 - x1)) / (y2 - y1));
    }
  }
  xs.sort((a, b) => a - b);
  let best: Position | null = null;
  let width = 0;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    if (xs[i + 1] - xs[i] > width) {
      width = xs[i + 1] - xs[i];
      best = [(xs[i] + xs[i + 1]) / 2, lat];
    }
  }
  return best;
}

/**
 * A point inside the geometry to pin its label and to stand for it (its largest part's centre when
 * that lies inside, else the middle of the widest inside stretch across it). Always inside.
 */
export function labelPoint(geometry: GridGeometry): LatLng {
  const parts = polygonsOf(geometry);
  const rings = parts.reduce((a, b) => (polygonArea(b) > polygonArea(a) ? b : a));
  const box = bboxOf({ type: 'Polygon', coordinates: rings });
  const centre: Position = [(box.west + box.east) / 2, (box.south + box.north) / 2];
  if (pointInPolygon(centre, rings)) return { lng: centre[0], lat: centre[1] };
  for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9]) {
    const span = widestSpan(rings, box.south + (box.north - box.south) * f);
    if (span && pointInPolygon(span, rings)) return { lng: span[0], lat: span[1] };
  }
  return { lng: rings[0][0][0], lat: rings[0][0][1] };
}
