import gcoord from 'gcoord';
import type { LatLng } from './types';

/** The coordinate systems a position may arrive in: GPS (wgs84) or China's map datum (gcj02). */
export type CoordSystem = 'gcj02' | 'wgs84';

/**
 * WGS84 (GPS, browser geolocation) to GCJ-02 (WeChat's `getLocation({ type: 'gcj02' })`, Chinese map
 * tiles, and every grid). Outside China the two coincide and the point comes back unchanged.
 */
export function wgs84ToGcj02({ lat, lng }: LatLng): LatLng {
  const [outLng, outLat] = gcoord.transform([lng, lat], gcoord.WGS84, gcoord.GCJ02) as [number, number];
  return { lat: outLat, lng: outLng };
}

/** The point in gcj02, whichever system it came in. */
export function toGcj02(point: LatLng, coord: CoordSystem): LatLng {
  return coord === 'wgs84' ? wgs84ToGcj02(point) : { lat: point.lat, lng: point.lng };
}
