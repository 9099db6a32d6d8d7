import type { Position, Ring } from '../../../shared/geo';
import type { DemoFeature } from './demo-area';

// A mountain village as a county's GIS draws it: one grid of a few hundred km² with a long, winding
// outline of well over a thousand vertices, the kind of grid the importer covers with coarser cells.

/** A winding outline of `n` vertices around `centre`, about `radiusKm` out, never crossing itself. */
function windingOutline([lng, lat]: Position, radiusKm: number, n: number): Ring {
  const ring: Ring = [];
  const kmPerDegLng = 111.32 * Math.cos((lat * Math.PI) / 180);
  for (let i = 0; i < n; i++) {
    const t = (i / n) * 2 * Math.PI;
    // Ridges and gullies: a few long waves and many short ones, all well under the radius.
    const r = radiusKm * (1 + 0.12 * Math.sin(3 * t + 0.4) + 0.05 * Math.sin(17 * t) + 0.015 * Math.sin(151 * t));
    const x = lng + (r * Math.cos(t)) / kmPerDegLng;
    const y = lat + (r * Math.sin(t) * 1.3) / 110.57;
    ring.push([Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6]);
  }
  return [...ring, ring[0]];
}

/** 福贡县鹿马登乡亚坪村, north of 匹河: about 400 km², looked after by the 匹河 team at 知子罗. */
export const RURAL_GRIDS: DemoFeature[] = [
  {
    type: 'Feature',
    properties: {
      gridId: 'nj-yaping',
      name: '亚坪村',
      teamId: 'team-nj-pihe-1',
      province: '云南省',
      city: '怒江傈僳族自治州',
      county: '福贡县',
      township: '鹿马登乡',
      community: '亚坪村',
      places: ['亚坪一组', '亚坪二组', '亚坪三组', '阿路底'],
    },
    geometry: { type: 'Polygon', coordinates: [windingOutline([98.9, 26.75], 9.5, 1600)] },
  },
];
