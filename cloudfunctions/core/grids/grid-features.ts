import {
  GRID_CELL_PRECISION,
  MAX_COVER_CELLS,
  bboxOf,
  geohashCover,
  labelPoint,
  polygonProblems,
  type GridGeometry,
  type Position,
} from '../../../shared/geo';
import { searchTermsFor } from '../../../shared/grid/search-terms';
import type { Region } from '../../../shared/api/grid';
import type { GridDoc } from './grid-docs';

/** Precision of `mapCells`, the coarse cover used by county-wide map views. */
export const MAP_CELL_PRECISION = 4;

/** A grid as read from one GeoJSON feature, before the database is consulted. */
export type GridDraft = Omit<GridDoc, 'importId' | 'importedAt'>;

export interface FeatureProblem {
  /** Position of the feature in the file, from 0. */
  index: number;
  gridId: string | null;
  name: string | null;
  reasons: string[];
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const REGION_FIELDS: Array<[keyof Region, string]> = [
  ['province', '所属省份'],
  ['city', '所属市州'],
  ['county', '所属区县'],
  ['township', '所属街道或乡镇'],
  ['community', '所属社区或行政村'],
];

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

function placesOf(v: unknown): string[] | null {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') return v.split(/[、,，;；]/).map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(v) && v.every((s) => typeof s === 'string')) return v.map((s) => s.trim()).filter(Boolean);
  return null;
}

// Imported files may carry a height as a third coordinate; grids are flat.
function flatten(geometry: GridGeometry): GridGeometry {
  const ring = (r: Position[]): Position[] => r.map(([lng, lat]) => [lng, lat]);
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(ring)) };
}

/**
 * Reads one GeoJSON feature into a grid, or says in Chinese why it cannot be one. Properties:
 * `gridId` (or the feature's `id`), `name`, `teamId`, `province`, `city`, `county`, `township`,
 * `community`, and optionally `places` (小区/村民小组 names, a list or a 、-separated string).
 */
export function readFeature(feature: unknown): { draft: GridDraft } | { reasons: string[] } {
  const f = (feature ?? {}) as { type?: unknown; id?: unknown; properties?: unknown; geometry?: unknown };
  if (f.type !== 'Feature') return { reasons: ['不是一个地理要素（类型应为 Feature）'] };
  const props = (f.properties && typeof f.properties === 'object' ? f.properties : {}) as Record<string, unknown>;
  const reasons: string[] = [];
  const id = text(props.gridId) ?? (typeof f.id === 'string' || typeof f.id === 'number' ? String(f.id) : null);
  if (!id) reasons.push('缺少网格编号');
  else if (!ID.test(id)) reasons.push(`网格编号「${id}」只能由字母、数字、短横线和下划线组成，最长 64 位`);
  const name = text(props.name);
  if (!name) reasons.push('缺少网格名称');
  const teamId = text(props.teamId);
  if (!teamId) reasons.push('缺少负责团队编号');
  const region = {} as Region;
  for (const [key, label] of REGION_FIELDS) {
    const value = text(props[key]);
    if (!value) reasons.push(`缺少${label}`);
    else region[key] = value;
  }
  const places = placesOf(props.places);
  if (!places) reasons.push('小区或村民小组名称格式不正确，应为名称列表');
  reasons.push(...polygonProblems(f.geometry));
  if (reasons.length > 0) return { reasons };

  const geometry = flatten(f.geometry as GridGeometry);
  let cells: string[];
  try {
    cells = geohashCover(geometry, GRID_CELL_PRECISION);
  } catch {
    cells = [];
  }
  if (cells.length === 0 || cells.length > MAX_COVER_CELLS) return { reasons: ['网格面积过大，请拆分成更小的网格'] };
  return {
    draft: {
      _id: id!,
      name: name!,
      region,
      places: places!,
      teamId: teamId!,
      geometry,
      bbox: bboxOf(geometry),
      center: labelPoint(geometry),
      cells,
      mapCells: geohashCover(geometry, MAP_CELL_PRECISION),
      searchTerms: searchTermsFor([name!, region.community, region.township, ...places!]),
    },
  };
}
