import type { BBox, GridGeometry, Position } from '@shared/geo/types';

/** How a lng/lat box is drawn on a `width` x `height` picture. */
export interface Viewport {
  bbox: BBox;
  width: number;
  height: number;
}

const cosLat = (bbox: BBox): number => Math.cos((((bbox.south + bbox.north) / 2) * Math.PI) / 180);

/**
 * The view of `focus` with a margin of `padding` (a share of its size) on each side, widened in one
 * direction to the picture's shape, so that a kilometre is as long east-west as north-south.
 */
export function fitViewport(focus: BBox, width: number, height: number, padding = 0.3): Viewport {
  const c = cosLat(focus);
  const cx = (focus.west + focus.east) / 2;
  const cy = (focus.south + focus.north) / 2;
  // Spans in "north-south degrees", so both axes share one unit.
  let spanX = Math.max((focus.east - focus.west) * c, 1e-4) * (1 + 2 * padding);
  let spanY = Math.max(focus.north - focus.south, 1e-4) * (1 + 2 * padding);
  if (spanX / spanY > width / height) spanY = (spanX * height) / width;
  else spanX = (spanY * width) / height;
  return {
    bbox: { west: cx - spanX / c / 2, east: cx + spanX / c / 2, south: cy - spanY / 2, north: cy + spanY / 2 },
    width,
    height,
  };
}

/** Picture coordinates of a `[lng, lat]` position. */
export function project(vp: Viewport, [lng, lat]: Position): [number, number] {
  const x = ((lng - vp.bbox.west) / (vp.bbox.east - vp.bbox.west)) * vp.width;
  const y = ((vp.bbox.north - lat) / (vp.bbox.north - vp.bbox.south)) * vp.height;
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

/** An SVG path of every ring of the geometry; draw with `fill-rule: evenodd` so holes stay open. */
export function geometryPath(vp: Viewport, geometry: GridGeometry): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const parts: string[] = [];
  for (const rings of polygons) {
    for (const ring of rings) {
      parts.push(`M${ring.map((p) => project(vp, p).join(',')).join('L')}Z`);
    }
  }
  return parts.join('');
}

/** The box of a geometry. */
export function geometryBBox(geometry: GridGeometry): BBox {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const box: BBox = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const rings of polygons) {
    for (const [lng, lat] of rings[0] ?? []) {
      box.west = Math.min(box.west, lng);
      box.east = Math.max(box.east, lng);
      box.south = Math.min(box.south, lat);
      box.north = Math.max(box.north, lat);
    }
  }
  return box;
}

/** The `[lng, lat]` position drawn at picture coordinates `[x, y]`. */
export function unproject(vp: Viewport, [x, y]: [number, number]): Position {
  return [vp.bbox.west + (x / vp.width) * (vp.bbox.east - vp.bbox.west), vp.bbox.north - (y / vp.height) * (vp.bbox.north - vp.bbox.south)];
}

/**
 * Where to put a label of `chars` characters near `anchor`: of a few spots below and above it, the
 * first that covers none of `marks` and whose box lies `inside` its shape; failing that, the spot that
 * covers no mark and has most of its box inside; failing that, the anchor.
 */
export function labelSpot(
  anchor: [number, number],
  chars: number,
  marks: Array<[number, number]>,
  inside: (at: [number, number]) => boolean,
  fontSize = 15,
): [number, number] {
  const halfWidth = (chars * fontSize) / 2 + 4;
  const score = ([x, y]: [number, number]): number => {
    const mid = y - fontSize / 3;
    const clear = marks.every(([mx, my]) => Math.abs(mx - x) > halfWidth + 10 || Math.abs(my - mid) > fontSize / 2 + 12);
    let within = 0;
    for (const ly of [y - fontSize * 0.9, mid, y + 3]) {
      for (const f of [-1, -0.5, 0, 0.5, 1]) if (inside([x + f * halfWidth, ly])) within += 1;
    }
    return (clear ? 100 : 0) + within;
  };
  let best: [number, number] = anchor;
  let bestScore = -1;
  for (const dy of [0, 24, -24, 44, -44, 64, -64, 84, -84]) {
    const spot: [number, number] = [anchor[0], anchor[1] + dy];
    const s = score(spot);
    if (s === 115) return spot;
    if (s > bestScore) [best, bestScore] = [spot, s];
  }
  return best;
}
