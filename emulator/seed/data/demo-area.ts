import type { GridGeometry, Ring } from '../../../shared/geo';
import type { Lattice } from './lattice';

// The shape of the demo grid data, apart from the code that turns it into GeoJSON (demo-grids.ts),
// so the per-region data files and that code do not import each other.

export interface DemoCell {
  col: number;
  row: number;
  id: string;
  name: string;
  community: string;
  teamId: string;
  /** 小区 or 村民小组 names inside the grid. */
  places: string[];
  /** A lake or reservoir cut out of the grid: centre and half-size as shares of the cell. */
  hole?: { at: [number, number]; size: [number, number] };
  /** A detached part of the grid (an enclave across a river). */
  detached?: Ring;
}

/** One township's grids laid out on one lattice. */
export interface DemoArea {
  province: string;
  city: string;
  county: string;
  township: string;
  lattice: Lattice;
  cells: DemoCell[];
}

/** One grid as a GeoJSON feature, as `npm run import:grids` reads it. */
export interface DemoFeature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: GridGeometry;
}
