/** `[lng, lat]` in degrees, GeoJSON order. */
export type Position = [number, number];
/** A closed ring: the last position repeats the first. */
export type Ring = Position[];

export interface PolygonGeometry {
  type: 'Polygon';
  /** The outline first, then any holes. */
  coordinates: Ring[];
}

export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: Ring[][];
}

/** The shape of a service grid (GeoJSON, gcj02 coordinates). */
export type GridGeometry = PolygonGeometry | MultiPolygonGeometry;

export interface LatLng {
  lat: number;
  lng: number;
}

/** A lng/lat box; `west <= east` (boxes crossing the antimeridian are not needed in China). */
export interface BBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** The polygons of a geometry as lists of rings, whatever its type. */
export function polygonsOf(geometry: GridGeometry): Ring[][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}
