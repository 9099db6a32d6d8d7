import { adaptiveCover, bboxOf, geohashCover, labelPoint, polygonsOf } from '../../../shared/geo';
import { checkGeometry } from '../../../shared/geo/polygon-validation';
import type { RingRepairs } from '../../../shared/geo/ring-repair';
import { gridPlaceNames, searchTermsFor } from '../../../shared/grid/search-terms';
import type { Region } from '../../../shared/api/grid';
import type { GridDoc } from './grid-docs';
import { MAX_DOC_BYTES, wireBytes } from './write-limits';

/** Precision of `mapCells` for grids covered at precision 6: the coarse cover of county-wide map views. */
export const MAP_CELL_PRECISION = 4;

/** A grid as read from one GeoJSON feature, before the database is consulted. */
export type GridDraft = Omit<GridDoc, '_id' | 'importId' | 'importedAt'>;

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

/**
 * Reads one GeoJSON feature into a grid, or says in Chinese why it cannot be one. Properties:
 * `gridId` (or the feature's `id`), `name`, `teamId`, `province`, `city`, `county`, `township`,
 * `community`, and optionally `places` (小区/村民小组 names, a list or a 、-separated string).
 */
export function readFeature(feature: unknown): { draft: GridDraft; repairs: RingRepairs } | { reasons: string[] } {
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
  const checked = checkGeometry(f.geometry);
  reasons.push(...checked.problems);
  if (reasons.length > 0 || !checked.geometry) return { reasons };

  const geometry = checked.geometry;
  const cover = adaptiveCover(geometry);
  if (!cover) return { reasons: ['网格面积过大，请拆分成更小的网格'] };
  const draft: GridDraft = {
    gridId: id!,
    name: name!,
    region,
    places: places!,
    teamId: teamId!,
    geometry,
    bbox: bboxOf(geometry),
    center: labelPoint(geometry),
    cells: cover.cells,
    mapCells: geohashCover(geometry, Math.min(MAP_CELL_PRECISION, cover.precision - 2)),
    searchTerms: searchTermsFor(gridPlaceNames({ name: name!, places: places!, region }).map((p) => p.name)),
  };
  const bytes = wireBytes(draft);
  if (bytes > MAX_DOC_BYTES) {
    const vertices = polygonsOf(geometry).reduce((n, rings) => n + rings.reduce((m, r) => m + r.length - 1, 0), 0);
    return { reasons: [`边界坐标点过多（${vertices} 个），超出一次写入数据库的大小，请在 GIS 软件中简化边界（如抽稀到 1 米精度）或拆分网格`] };
  }
  return { draft, repairs: checked.repairs };
}
