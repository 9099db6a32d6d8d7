import { collectionOf } from '../collections';
import type { Database } from '../cloudbase';

export const GRID_IMPORTS = 'gridImports' as const;
const STATE_ID = 'state';

/**
 * Which grid documents readers must not see. An import writes its grids beside the ones in force as
 * a new batch listed in `pending`; one update of this document then takes the batch out of
 * `pending` and puts the documents it replaces into `retired`, so readers switch from the old grids
 * to the new ones in one step; retired documents are deleted afterwards and leave `retired` then.
 */
export interface GridImportState {
  _id: typeof STATE_ID;
  /** Import batches still being written (or abandoned by a failed import and not yet removed). */
  pending: string[];
  /** `_id`s of grid documents replaced by a later batch and not yet deleted. */
  retired: string[];
}

/**
 * How long a reader may reuse the state it read, counted from when it asked: readers of grids then
 * spend no extra request on most calls. An import waits longer than this after registering a batch
 * and after switching, so a reader holding an older state never sees a batch being written, nor
 * misses grids that were just retired.
 */
export const STATE_MAX_AGE_MS = 1000;
/** What an import waits for readers' cached states to expire. */
export const STATE_SETTLE_MS = STATE_MAX_AGE_MS + 500;

const cache = new WeakMap<Database, { state: Promise<GridImportState>; until: number }>();

/** The one place that knows the import state of the `grids` collection. */
export class GridBatchRepository {
  /** `cached`: reuse a state read less than STATE_MAX_AGE_MS ago (readers); imports read afresh. */
  constructor(
    private readonly db: Database,
    private readonly cached = false,
  ) {}

  async state(): Promise<GridImportState> {
    if (!this.cached) return this.read();
    const now = Date.now();
    const hit = cache.get(this.db);
    if (hit && hit.until > now) return hit.state;
    const state = this.read();
    cache.set(this.db, { state, until: now + STATE_MAX_AGE_MS });
    state.catch(() => cache.delete(this.db));
    return state;
  }

  private async read(): Promise<GridImportState> {
    const { data } = await collectionOf(this.db, GRID_IMPORTS).doc(STATE_ID).get();
    const doc = data[0] as Partial<GridImportState> | undefined;
    return { _id: STATE_ID, pending: doc?.pending ?? [], retired: doc?.retired ?? [] };
  }

  /** Conditions to add to every query on `grids` so it sees only grids in force. */
  async visibleOnly(): Promise<Record<string, unknown>> {
    const { pending, retired } = await this.state();
    const _ = this.db.command;
    return {
      ...(pending.length > 0 ? { importId: _.nin(pending) } : {}),
      ...(retired.length > 0 ? { _id: _.nin(retired) } : {}),
    };
  }

  /** Registers a batch as pending before any of its documents is written. */
  async begin(importId: string): Promise<void> {
    const _ = this.db.command;
    const res = await collectionOf(this.db, GRID_IMPORTS).doc(STATE_ID).update({ pending: _.push([importId]) });
    if (!res.updated) {
      // The first import of an environment: nothing else can be pending.
      await collectionOf(this.db, GRID_IMPORTS).doc(STATE_ID).set({ pending: [importId], retired: [] });
    }
  }

  /** The switch: the batch comes into force and the documents it replaces go out, in one update. */
  async activate(importId: string, replacedDocIds: string[]): Promise<void> {
    const _ = this.db.command;
    const update: Record<string, unknown> = { pending: _.pull(importId) };
    if (replacedDocIds.length > 0) update.retired = _.push(replacedDocIds);
    await collectionOf(this.db, GRID_IMPORTS).doc(STATE_ID).update(update);
  }

  /** Forgets a pending batch whose documents have been removed. */
  async forget(importId: string): Promise<void> {
    const _ = this.db.command;
    await collectionOf(this.db, GRID_IMPORTS).doc(STATE_ID).update({ pending: _.pull(importId) });
  }

  /** Forgets retired documents that have been deleted. */
  async deleted(docIds: string[]): Promise<void> {
    if (docIds.length === 0) return;
    const _ = this.db.command;
    await collectionOf(this.db, GRID_IMPORTS).doc(STATE_ID).update({ retired: _.pullAll(docIds) });
  }
}
