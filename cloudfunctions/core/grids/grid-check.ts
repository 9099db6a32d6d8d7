import Flatbush from 'flatbush';
import type { Database } from '../cloudbase';
import type { BBox } from '../../../shared/geo';
import { showPosition } from '../../../shared/geo/edge-index';
import { findOverlaps, type OverlapCandidate } from '../../../shared/geo/grid-overlaps';
import { describeRepairs } from '../../../shared/geo/ring-repair';
import { readFeature, type FeatureProblem, type GridDraft } from './grid-features';
import { GridRepository } from './grid-repository';
import { TeamRepository } from './team-repository';

/** What was repaired in one feature, in Chinese (`去掉 3 处尖刺、12 个重复点`). */
export interface FeatureRepair {
  index: number;
  gridId: string | null;
  name: string | null;
  text: string;
}

export interface GridCheck {
  drafts: GridDraft[];
  repairs: FeatureRepair[];
  problems: FeatureProblem[];
}

function featuresOf(input: unknown): unknown[] | null {
  const fc = input as { type?: unknown; features?: unknown } | null;
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) return null;
  return fc.features;
}

const fileProblem = (reason: string): GridCheck => ({ drafts: [], repairs: [], problems: [{ index: -1, gridId: null, name: null, reasons: [reason] }] });

function labelOf(feature: unknown): { gridId: string | null; name: string | null } {
  const props = ((feature as { properties?: Record<string, unknown> } | null)?.properties ?? {}) as Record<string, unknown>;
  return { gridId: typeof props.gridId === 'string' ? props.gridId : null, name: typeof props.name === 'string' ? props.name : null };
}

const candidate = (g: Pick<GridDraft, 'geometry' | 'bbox' | 'center'>): OverlapCandidate => ({
  geometry: g.geometry,
  bbox: g.bbox,
  inside: [g.center.lng, g.center.lat],
});

/**
 * Checks every feature of a GeoJSON FeatureCollection: repairs what is safe to repair and reports it,
 * refuses what is not (by index, reason and coordinates), including grids of the file that overlap
 * each other or overlap grids in force that the file does not replace. Nothing is written.
 */
export async function checkGridFeatures(db: Database, input: unknown): Promise<GridCheck> {
  const features = featuresOf(input);
  if (!features) return fileProblem('文件不是地理要素集合（类型应为 FeatureCollection，并含 features 列表）');
  if (features.length === 0) return fileProblem('文件里没有任何网格');

  const reasons = new Map<number, string[]>();
  const refuse = (index: number, reason: string): void => void reasons.set(index, [...(reasons.get(index) ?? []), reason]);
  const repairs: FeatureRepair[] = [];
  const drafts: Array<{ index: number; draft: GridDraft }> = [];
  const firstIndexOf = new Map<string, number>();
  features.forEach((feature, index) => {
    const read = readFeature(feature);
    if ('reasons' in read) return read.reasons.forEach((r) => refuse(index, r));
    const text = describeRepairs(read.repairs);
    if (text) repairs.push({ index, gridId: read.draft.gridId, name: read.draft.name, text });
    const earlier = firstIndexOf.get(read.draft.gridId);
    if (earlier !== undefined) return refuse(index, `网格编号「${read.draft.gridId}」与第 ${earlier + 1} 个网格重复`);
    firstIndexOf.set(read.draft.gridId, index);
    drafts.push({ index, draft: read.draft });
  });

  const teams = await new TeamRepository(db).findMany(drafts.map((d) => d.draft.teamId));
  for (const { index, draft } of drafts) {
    if (!teams.has(draft.teamId)) refuse(index, `负责团队「${draft.teamId}」不存在，请先录入该团队`);
  }

  const inFile = drafts.length;
  const boxes = new Flatbush(Math.max(1, inFile));
  for (const { draft: { bbox: b } } of drafts) boxes.add(b.west, b.south, b.east, b.north);
  if (inFile === 0) boxes.add(0, 0, 0, 0);
  boxes.finish();
  const near = (b: BBox): boolean => boxes.search(b.west, b.south, b.east, b.north).length > 0;
  const existing = inFile === 0 ? [] : await new GridRepository(db, { fresh: true }).overlapCandidates([...new Set(drafts.flatMap((d) => d.draft.mapCells))], near, new Set(firstIndexOf.keys()));
  const all = [...drafts.map((d) => candidate(d.draft)), ...existing.map(candidate)];
  for (const { a, b, at } of findOverlaps(all, (i) => i < inFile)) {
    const first = drafts[a];
    if (b < inFile) {
      const later = drafts[b];
      refuse(later.index, `与第 ${first.index + 1} 个网格（${first.draft.name}，编号 ${first.draft.gridId}）重叠，重叠处 ${showPosition(at)}；一户只能属于一个网格`);
    } else {
      const old = existing[b - inFile];
      refuse(first.index, `与已导入的网格「${old.name}」（编号 ${old.gridId}）重叠，重叠处 ${showPosition(at)}；一户只能属于一个网格`);
    }
  }

  const problems: FeatureProblem[] = [...reasons].map(([index, rs]) => ({ index, ...labelOf(features[index]), reasons: rs })).sort((x, y) => x.index - y.index);
  return { drafts: drafts.map((d) => d.draft), repairs, problems };
}

/** The problems as lines of plain Chinese, one per bad feature. */
export function describeProblems(problems: FeatureProblem[]): string[] {
  return problems.map((p) => `${who(p)}：${p.reasons.join('；')}`);
}

/** The repairs as lines of plain Chinese, one per repaired feature. */
export function describeFeatureRepairs(repairs: FeatureRepair[]): string[] {
  return repairs.map((r) => `${who(r)}：${r.text}`);
}

function who(p: { index: number; name: string | null; gridId: string | null }): string {
  return p.index < 0 ? '文件' : `第 ${p.index + 1} 个网格（索引 ${p.index}${p.name ? `，${p.name}` : ''}${p.gridId ? `，编号 ${p.gridId}` : ''}）`;
}
