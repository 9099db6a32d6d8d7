import type { GridGeometry, Position, Ring } from '../../../shared/geo';
import { holeRing, latticeCell, type Lattice } from './lattice';
import type { DemoCell, DemoFeature } from './demo-area';
import { KUNMING_AREAS } from './grids-kunming';
import { PUER_NUJIANG_AREAS } from './grids-puer-nujiang';
import { RURAL_GRIDS } from './grids-rural';

export type { DemoFeature } from './demo-area';

function geometryOf(l: Lattice, cell: DemoCell): GridGeometry {
  const outline = latticeCell(l, cell.col, cell.row);
  const rings: Ring[] = [outline];
  if (cell.hole) {
    const centre: Position = [l.west + (cell.col + cell.hole.at[0]) * l.dx, l.south + (cell.row + cell.hole.at[1]) * l.dy];
    rings.push(holeRing(centre, cell.hole.size[0] * l.dx, cell.hole.size[1] * l.dy));
  }
  return cell.detached ? { type: 'MultiPolygon', coordinates: [rings, [cell.detached]] } : { type: 'Polygon', coordinates: rings };
}

/** The Yunnan demo grids as a GeoJSON FeatureCollection, the format `npm run import:grids` reads. */
export function demoGridCollection(): { type: 'FeatureCollection'; features: DemoFeature[] } {
  const features: DemoFeature[] = [];
  for (const area of [...KUNMING_AREAS, ...PUER_NUJIANG_AREAS]) {
    for (const cell of area.cells) {
      features.push({
        type: 'Feature',
        properties: {
          gridId: cell.id,
          name: cell.name,
          teamId: cell.teamId,
          province: area.province,
          city: area.city,
          county: area.county,
          township: area.township,
          community: cell.community,
          places: cell.places,
        },
        geometry: geometryOf(area.lattice, cell),
      });
    }
  }
  features.push(...RURAL_GRIDS);
  return { type: 'FeatureCollection', features };
}
