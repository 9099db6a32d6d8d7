import type { BBox } from './types';

const BASE32 = '0123456789bcdefghjkmnpqrstuvwxyz';

/** Degrees spanned by one cell at a precision: `[width (lng), height (lat)]`. */
export function cellSize(precision: number): [number, number] {
  const bits = precision * 5;
  const lngBits = Math.ceil(bits / 2);
  const latBits = Math.floor(bits / 2);
  return [360 / 2 ** lngBits, 180 / 2 ** latBits];
}

/**
 * The geohash of a point. Each cell is half-open, `[west, east) x [south, north)`, so a point on the
 * line between two cells belongs to the cell east or north of it.
 */
export function geohashEncode(lat: number, lng: number, precision: number): string {
  let latLo = -90;
  let latHi = 90;
  let lngLo = -180;
  let lngHi = 180;
  let hash = '';
  let bit = 0;
  let ch = 0;
  let even = true;
  while (hash.length < precision) {
    if (even) {
      const mid = (lngLo + lngHi) / 2;
      if (lng >= mid) {
        ch = (ch << 1) | 1;
        lngLo = mid;
      } else {
        ch <<= 1;
        lngHi = mid;
      }
    } else {
      const mid = (latLo + latHi) / 2;
      if (lat >= mid) {
        ch = (ch << 1) | 1;
        latLo = mid;
      } else {
        ch <<= 1;
        latHi = mid;
      }
    }
    even = !even;
    if (++bit === 5) {
      hash += BASE32[ch];
      bit = 0;
      ch = 0;
    }
  }
  return hash;
}

/** The box of a geohash cell. */
export function geohashBounds(hash: string): BBox {
  let latLo = -90;
  let latHi = 90;
  let lngLo = -180;
  let lngHi = 180;
  let even = true;
  for (const c of hash) {
    const v = BASE32.indexOf(c);
    if (v < 0) throw new Error(`not a geohash: ${hash}`);
    for (let b = 4; b >= 0; b--) {
      const on = (v >> b) & 1;
      if (even) {
        const mid = (lngLo + lngHi) / 2;
        if (on) lngLo = mid;
        else lngHi = mid;
      } else {
        const mid = (latLo + latHi) / 2;
        if (on) latLo = mid;
        else latHi = mid;
      }
      even = !even;
    }
  }
  return { west: lngLo, south: latLo, east: lngHi, north: latHi };
}

/**
 * Every cell at `precision` whose box touches the closed box `box` (cells that only share an edge or
 * a corner with it included), as `[hash, cellBox]` pairs, row by row.
 */
export function cellsTouchingBBox(box: BBox, precision: number): Array<[string, BBox]> {
  const [w, h] = cellSize(precision);
  const i0 = Math.max(0, Math.floor((box.west + 180) / w) - (onLine(box.west + 180, w) ? 1 : 0));
  const i1 = Math.min(2 ** Math.ceil((precision * 5) / 2) - 1, Math.floor((box.east + 180) / w));
  const j0 = Math.max(0, Math.floor((box.south + 90) / h) - (onLine(box.south + 90, h) ? 1 : 0));
  const j1 = Math.min(2 ** Math.floor((precision * 5) / 2) - 1, Math.floor((box.north + 90) / h));
  const out: Array<[string, BBox]> = [];
  for (let j = j0; j <= j1; j++) {
    for (let i = i0; i <= i1; i++) {
      const cell: BBox = { west: i * w - 180, south: j * h - 90, east: (i + 1) * w - 180, north: (j + 1) * h - 90 };
      out.push([geohashEncode((cell.south + cell.north) / 2, (cell.west + cell.east) / 2, precision), cell]);
    }
  }
  return out;
}

/** How many cells {@link cellsTouchingBBox} would return, without listing them. */
export function countCellsTouchingBBox(box: BBox, precision: number): number {
  const [w, h] = cellSize(precision);
  const cols = Math.floor((box.east + 180) / w) - Math.floor((box.west + 180) / w) + 2;
  const rows = Math.floor((box.north + 90) / h) - Math.floor((box.south + 90) / h) + 2;
  return cols * rows;
}

// A box edge lying exactly on a cell line also touches the cell on its other side.
const onLine = (offset: number, size: number): boolean => offset > 0 && offset / size === Math.floor(offset / size);
