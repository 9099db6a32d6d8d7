import type { Database } from '../cloudbase';
import { checkGridFeatures, type FeatureRepair } from './grid-check';
import { GridBatchRepository, STATE_SETTLE_MS } from './grid-batch-repository';
import type { GridDoc } from './grid-docs';
import type { FeatureProblem } from './grid-features';
import { GridRepository } from './grid-repository';
import { requestBatches } from './write-limits';

export type ImportResult =
  | { ok: true; importId: string; created: number; replaced: number; repairs: FeatureRepair[]; leftToClean: number }
  | { ok: false; problems: FeatureProblem[]; repairs: FeatureRepair[] };

export interface ImportProgress {
  phase: 'write' | 'cleanup';
  done: number;
  total: number;
}

export interface ImportOptions {
  /** Called after every request that writes or deletes grids. */
  onProgress?: (progress: ImportProgress) => void;
  /**
   * How long to wait for readers' cached import states to expire (STATE_SETTLE_MS); 0 only where
   * nothing reads grids yet, such as seeding an empty environment.
   */
  settleMs?: number;
}


/** Ids per delete request: a list of ids well inside one request. */
const DELETE_CHUNK = 500;

/** Deletes grid documents by `_id`, a chunk per request, reporting progress. */
async function removeDocs(grids: GridRepository, ids: string[], onChunk: (chunk: string[]) => Promise<void> | void): Promise<void> {
  for (let i = 0; i < ids.length; i += DELETE_CHUNK) {
    const chunk = ids.slice(i, i + DELETE_CHUNK);
    await grids.removeDocs(chunk);
    await onChunk(chunk);
  }
}

/** Deletes the documents earlier imports retired and did not get to delete. */
async function finishEarlierCleanup(grids: GridRepository, batches: GridBatchRepository): Promise<void> {
  const { retired } = await batches.state();
  await removeDocs(grids, retired, (chunk) => batches.deleted(chunk));
}

/**
 * Imports a GeoJSON FeatureCollection of grids, all or nothing. When any feature is bad nothing is
 * written and every problem is reported. Otherwise the grids are written as a new batch beside the
 * ones in force, in requests within CloudBase's limits, invisible to readers while pending; one
 * update of the import state then brings the batch into force and retires the grids it replaces,
 * which are deleted afterwards. When a write fails, the batch is removed and the grids in force stay
 * exactly as they were. A grid whose code is already in force is replaced.
 */
export async function importGrids(db: Database, input: unknown, now: Date, options: ImportOptions = {}): Promise<ImportResult> {
  const { drafts, repairs, problems } = await checkGridFeatures(db, input);
  if (problems.length > 0) return { ok: false, problems, repairs };

  const settleMs = options.settleMs ?? STATE_SETTLE_MS;
  // Waits until no reader can hold an import state older than the last change.
  const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, settleMs));
  const batches = new GridBatchRepository(db);
  const grids = new GridRepository(db, { fresh: true });
  await finishEarlierCleanup(grids, batches);
  const importId = `import-${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const docs: GridDoc[] = drafts.map((d) => ({ _id: `${d.gridId}@${importId}`, ...d, importId, importedAt: now }));
  const inForce = await grids.summaries(docs.map((d) => d.gridId));
  const replacedDocIds = docs.flatMap((d) => (inForce.has(d.gridId) ? [inForce.get(d.gridId)!._id] : []));

  await batches.begin(importId);
  try {
    await settle();
    let done = 0;
    for (const batch of requestBatches(docs)) {
      await grids.addMany(batch);
      done += batch.length;
      options.onProgress?.({ phase: 'write', done, total: docs.length });
    }
    await batches.activate(importId, replacedDocIds);
  } catch (err) {
    // A switch whose answer was lost may still have happened: then the batch is in force and must
    // stay. When even that cannot be told, nothing is removed: a batch still pending is invisible.
    const status = await batchStatus(batches, importId);
    if (status === 'switched') return finish();
    if (status === 'unknown') throw err;
    // Every document of the batch goes, not only the requests known to have landed: a failed request
    // may have landed in part. The batch stays pending, so nobody sees it, until that is done; if
    // even the removal fails, the batch stays pending and invisible.
    try {
      await grids.removeBatch(importId);
      await batches.forget(importId);
    } catch {
      // The write's own error says more than the clean-up's.
    }
    throw err;
  }

  return finish();

  async function finish(): Promise<ImportResult> {
    let cleaned = 0;
    try {
      // Also the moment from which every reader sees the new batch.
      await settle();
      await removeDocs(grids, replacedDocIds, async (chunk) => {
        await batches.deleted(chunk);
        cleaned += chunk.length;
        options.onProgress?.({ phase: 'cleanup', done: cleaned, total: replacedDocIds.length });
      });
    } catch {
      // The new grids are in force and the old ones invisible; the next import deletes the rest.
    }
    const replaced = replacedDocIds.length;
    return { ok: true, importId, created: docs.length - replaced, replaced, repairs, leftToClean: replaced - cleaned };
  }
}

/** Whether the batch is still pending or was switched in (no longer pending, and not forgotten by this import). */
async function batchStatus(batches: GridBatchRepository, importId: string): Promise<'pending' | 'switched' | 'unknown'> {
  try {
    return (await batches.state()).pending.includes(importId) ? 'pending' : 'switched';
  } catch {
    return 'unknown';
  }
}
