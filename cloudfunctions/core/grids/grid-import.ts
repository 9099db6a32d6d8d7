import type { Database } from '../cloudbase';
import { readFeature, type FeatureProblem, type GridDraft } from './grid-features';
import type { GridDoc } from './grid-docs';
import { GridRepository } from './grid-repository';
import { TeamRepository } from './team-repository';

export type ImportResult =
  | { ok: true; importId: string; created: number; replaced: number }
  | { ok: false; problems: FeatureProblem[] };

const BATCH = 200;

function featuresOf(input: unknown): unknown[] | null {
  const fc = input as { type?: unknown; features?: unknown } | null;
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) return null;
  return fc.features;
}

/**
 * Checks every feature of a GeoJSON FeatureCollection, reporting each bad one by index and reason.
 * Nothing is written here.
 */
export async function checkGridFeatures(db: Database, input: unknown): Promise<{ drafts: GridDraft[]; problems: FeatureProblem[] }> {
  const features = featuresOf(input);
  if (!features) return { drafts: [], problems: [{ index: -1, gridId: null, name: null, reasons: ['文件不是地理要素集合（类型应为 FeatureCollection，并含 features 列表）'] }] };
  if (features.length === 0) return { drafts: [], problems: [{ index: -1, gridId: null, name: null, reasons: ['文件里没有任何网格'] }] };

  const problems: FeatureProblem[] = [];
  const drafts: Array<{ index: number; draft: GridDraft }> = [];
  const firstIndexOf = new Map<string, number>();
  features.forEach((feature, index) => {
    const read = readFeature(feature);
    const props = ((feature as { properties?: Record<string, unknown> } | null)?.properties ?? {}) as Record<string, unknown>;
    const label = { gridId: typeof props.gridId === 'string' ? props.gridId : null, name: typeof props.name === 'string' ? props.name : null };
    if ('reasons' in read) {
      problems.push({ index, ...label, reasons: read.reasons });
      return;
    }
    const earlier = firstIndexOf.get(read.draft._id);
    if (earlier !== undefined) {
      problems.push({ index, ...label, reasons: [`网格编号「${read.draft._id}」与第 ${earlier + 1} 个网格重复`] });
      return;
    }
    firstIndexOf.set(read.draft._id, index);
    drafts.push({ index, draft: read.draft });
  });

  const teams = await new TeamRepository(db).findMany(drafts.map((d) => d.draft.teamId));
  for (const { index, draft } of drafts) {
    if (!teams.has(draft.teamId)) {
      problems.push({ index, gridId: draft._id, name: draft.name, reasons: [`负责团队「${draft.teamId}」不存在，请先录入该团队`] });
    }
  }
  problems.sort((a, b) => a.index - b.index);
  return { drafts: drafts.map((d) => d.draft), problems };
}

/**
 * Imports a GeoJSON FeatureCollection of grids, all or nothing: when any feature is bad nothing is
 * written and every problem is reported; when a write fails part-way, the grids written so far are
 * removed and the ones replaced are put back. A grid whose code already exists is replaced.
 */
export async function importGrids(db: Database, input: unknown, now: Date): Promise<ImportResult> {
  const { drafts, problems } = await checkGridFeatures(db, input);
  if (problems.length > 0) return { ok: false, problems };

  const importId = `import-${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const docs: GridDoc[] = drafts.map((d) => ({ ...d, importId, importedAt: now }));
  const repo = new GridRepository(db);
  const previous = new Map((await repo.findWhole(docs.map((d) => d._id))).map((g) => [g._id, g]));
  const fresh = docs.filter((d) => !previous.has(d._id));
  const replacing = docs.filter((d) => previous.has(d._id));
  const created: string[] = [];
  const replaced: string[] = [];
  try {
    for (let i = 0; i < fresh.length; i += BATCH) {
      const batch = fresh.slice(i, i + BATCH);
      await repo.addMany(batch);
      created.push(...batch.map((d) => d._id));
    }
    for (const doc of replacing) {
      await repo.put(doc);
      replaced.push(doc._id);
    }
  } catch (err) {
    // Every new code is removed, not only the batches known to have landed: a failed batch may have
    // landed in part.
    await repo.removeMany(fresh.map((d) => d._id));
    for (const id of replaced) await repo.put(previous.get(id)!);
    throw err;
  }
  return { ok: true, importId, created: created.length, replaced: replaced.length };
}

/** The problems as lines of plain Chinese, one per bad feature. */
export function describeProblems(problems: FeatureProblem[]): string[] {
  return problems.map((p) => {
    const who = p.index < 0 ? '文件' : `第 ${p.index + 1} 个网格（索引 ${p.index}${p.name ? `，${p.name}` : ''}${p.gridId ? `，编号 ${p.gridId}` : ''}）`;
    return `${who}：${p.reasons.join('；')}`;
  });
}
