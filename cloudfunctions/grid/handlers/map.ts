import type { Handler } from '../../core/define-function';
import { pointLatLng, type TeamDoc } from '../../core/grids/grid-docs';
import { MAP_CELL_PRECISION } from '../../core/grids/grid-features';
import { GridRepository } from '../../core/grids/grid-repository';
import { TeamRepository, pointsOf } from '../../core/grids/team-repository';
import {
  GRID_CELL_PRECISION,
  bboxContains,
  bboxIntersects,
  cellsTouchingBBox,
  countCellsTouchingBBox,
  type BBox,
} from '../../../shared/geo';

const MAX_GRIDS = 200;
const MAX_POINTS = 300;
/** Most cells one `$in` may list. */
const MAX_CELLS = 400;

/** The finest precision at which the box needs no more than MAX_CELLS cells, or null. */
function precisionFor(box: BBox, precisions: number[]): number | null {
  return precisions.find((p) => countCellsTouchingBBox(box, p) <= MAX_CELLS) ?? null;
}

const cellsOf = (box: BBox, precision: number): string[] => cellsTouchingBBox(box, precision).map(([hash]) => hash);

/**
 * Grid polygons and service points inside a map view, both found through indexed cells. At most
 * MAX_GRIDS grids and MAX_POINTS points; beyond that `truncated` asks the view to zoom in.
 */
export const map: Handler<'grid.map'> = async ({ bbox }, ctx) => {
  const grids = new GridRepository(ctx.db);
  const teams = new TeamRepository(ctx.db);
  let truncated = false;

  const gridPrecision = precisionFor(bbox, [GRID_CELL_PRECISION, MAP_CELL_PRECISION]);
  let inView: Awaited<ReturnType<GridRepository['inCells']>> = [];
  if (gridPrecision === null) {
    truncated = true;
  } else {
    const field = gridPrecision === GRID_CELL_PRECISION ? 'cells' : 'mapCells';
    const candidates = await grids.inCells(field, cellsOf(bbox, gridPrecision), MAX_GRIDS * 2 + 1);
    inView = candidates.filter((g) => bboxIntersects(g.bbox, bbox));
    if (candidates.length > MAX_GRIDS * 2 || inView.length > MAX_GRIDS) truncated = true;
    inView = inView.sort((a, b) => (a.gridId < b.gridId ? -1 : 1)).slice(0, MAX_GRIDS);
  }

  const pointPrecision = precisionFor(bbox, [5, 4, 3]);
  const teamDocs = new Map<string, TeamDoc>();
  if (pointPrecision === null) truncated = true;
  else for (const t of await teams.withPointIn(cellsOf(bbox, pointPrecision), 1000)) teamDocs.set(t._id, t);
  const missing = inView.map((g) => g.teamId).filter((id) => !teamDocs.has(id));
  for (const [id, t] of await teams.findMany(missing)) teamDocs.set(id, t);

  const points = [...teamDocs.values()]
    .flatMap((t) => pointsOf(t).map((p) => ({ t, p, location: pointLatLng(p.location) })))
    .filter(({ location }) => bboxContains(bbox, [location.lng, location.lat]))
    .sort((a, b) => (a.p.id < b.p.id ? -1 : 1));
  if (points.length > MAX_POINTS) truncated = true;

  return {
    grids: inView.map((g) => ({
      id: g.gridId,
      name: g.name,
      teamId: g.teamId,
      teamName: teamDocs.get(g.teamId)?.name ?? '',
      geometry: g.geometry,
      center: g.center,
    })),
    points: points.slice(0, MAX_POINTS).map(({ t, p, location }) => ({
      id: p.id,
      teamId: t._id,
      teamName: t.name,
      kind: p.kind,
      name: p.name,
      location,
    })),
    truncated,
  };
};
