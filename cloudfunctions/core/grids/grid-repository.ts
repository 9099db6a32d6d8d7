import { collectionOf } from '../collections';
import type { Database } from '../cloudbase';
import { COVER_PRECISIONS, lookupCells, pointInGeometry, withCoarserCells, type BBox, type LatLng } from '../../../shared/geo';
import { GridBatchRepository } from './grid-batch-repository';
import { plainGeo, type GridDoc } from './grid-docs';

export const GRIDS = 'grids';

/** Lookup fields are large and never shown: they stay in the database. */
const WITHOUT_INDEX_FIELDS = { cells: false, mapCells: false, searchTerms: false } as const;
/** What a list of matches needs, without the geometry. */
const SUMMARY_FIELDS = { gridId: true, name: true, region: true, places: true, teamId: true, center: true } as const;
/** Coarsest precision of a cover's cells, and of a map cover's (two characters coarser). */
const COARSEST_CELL = COVER_PRECISIONS[COVER_PRECISIONS.length - 1];
const COARSEST_MAP_CELL = COARSEST_CELL - 2;

const withPlainGeometry = (doc: GridDoc): GridDoc => ({ ...doc, geometry: plainGeo(doc.geometry) });
/** What an overlap check needs of a grid. */
const GEOMETRY_FIELDS = { gridId: true, name: true, geometry: true, bbox: true, center: true } as const;
const PAGE = 1000;

const byGridId = (a: GridDoc, b: GridDoc): number => (a.gridId < b.gridId ? -1 : a.gridId > b.gridId ? 1 : 0);

/**
 * The grids in force. Every query adds the import state's conditions, so a batch still being written
 * and the documents a finished batch replaced are never seen.
 */
export class GridRepository {
  private readonly batches: GridBatchRepository;

  /** `fresh`: read the import state on every query (the importer), not a state up to a second old. */
  constructor(
    private readonly db: Database,
    { fresh = false }: { fresh?: boolean } = {},
  ) {
    this.batches = new GridBatchRepository(db, !fresh);
  }

  private async where(query: Record<string, unknown>) {
    return collectionOf(this.db, GRIDS).where({ ...query, ...(await this.batches.visibleOnly()) });
  }

  /**
   * The grids whose closed polygon holds the point: one indexed `$in` on the point's cell at each
   * cover precision (a large grid is covered by coarser cells), then point-in-polygon on the few
   * candidates. A point on the line between neighbours is in both; they come back ordered by grid
   * code so callers pick the same one every time.
   */
  async containing(point: LatLng): Promise<GridDoc[]> {
    const _ = this.db.command;
    const { data } = await (await this.where({ cells: _.in(lookupCells(point.lat, point.lng)) })).field(WITHOUT_INDEX_FIELDS).limit(1000).get();
    return (data as GridDoc[])
      .map(withPlainGeometry)
      .filter((g) => pointInGeometry([point.lng, point.lat], g.geometry))
      .sort(byGridId);
  }

  /** Grids holding a search n-gram (indexed), without geometry, at most `limit`. */
  async withSearchTerm(term: string, limit: number): Promise<GridDoc[]> {
    const { data } = await (await this.where({ searchTerms: term })).field(SUMMARY_FIELDS).limit(limit).get();
    return data as GridDoc[];
  }

  /**
   * Grids with any of the cells in `field` (indexed `$in`), at most `limit`. The cells are of one
   * precision; their coarser prefixes are asked for too, as large grids are covered coarsely.
   */
  async inCells(field: 'cells' | 'mapCells', cells: string[], limit: number): Promise<GridDoc[]> {
    if (cells.length === 0) return [];
    const _ = this.db.command;
    const all = withCoarserCells(cells, field === 'cells' ? COARSEST_CELL : COARSEST_MAP_CELL);
    const { data } = await (await this.where({ [field]: _.in(all) })).field(WITHOUT_INDEX_FIELDS).limit(limit).get();
    return (data as GridDoc[]).map(withPlainGeometry);
  }

  /** The grids a team is responsible for, without geometry, in the order of their codes. */
  async ofTeam(teamId: string): Promise<GridDoc[]> {
    const { data } = await (await this.where({ teamId })).field(SUMMARY_FIELDS).orderBy('gridId', 'asc').limit(1000).get();
    return data as GridDoc[];
  }

  /** The grid in force with this code, without its lookup fields, or null. */
  async find(gridId: string): Promise<GridDoc | null> {
    const { data } = await (await this.where({ gridId })).field(WITHOUT_INDEX_FIELDS).limit(1).get();
    return data.length > 0 ? withPlainGeometry(data[0] as GridDoc) : null;
  }

  /** Names and teams of the grids in force with these codes, by code. */
  async summaries(gridIds: readonly string[]): Promise<Map<string, GridDoc>> {
    const found = new Map<string, GridDoc>();
    const _ = this.db.command;
    const ids = [...new Set(gridIds)];
    for (let i = 0; i < ids.length; i += 500) {
      const { data } = await (await this.where({ gridId: _.in(ids.slice(i, i + 500)) })).field(SUMMARY_FIELDS).limit(1000).get();
      for (const g of data as GridDoc[]) found.set(g.gridId, g);
    }
    return found;
  }

  /**
   * Grids in force near a set of map cells, for checking an import against them: boxes first (small),
   * then the geometry of those whose box meets `near` and whose code is not in `except`.
   */
  async overlapCandidates(mapCells: string[], near: (box: BBox) => boolean, except: ReadonlySet<string>): Promise<GridDoc[]> {
    const _ = this.db.command;
    const visible = await this.batches.visibleOnly();
    const cells = withCoarserCells(mapCells, COARSEST_MAP_CELL);
    const wanted = new Set<string>();
    for (let i = 0; i < cells.length; i += 200) {
      for (let skip = 0; ; skip += PAGE) {
        const { data } = await collectionOf(this.db, GRIDS)
          .where({ mapCells: _.in(cells.slice(i, i + 200)), ...visible })
          .field({ gridId: true, bbox: true })
          .orderBy('_id', 'asc')
          .skip(skip)
          .limit(PAGE)
          .get();
        for (const g of data as GridDoc[]) if (!except.has(g.gridId) && near(g.bbox)) wanted.add(g._id);
        if (data.length < PAGE) break;
      }
    }
    const ids = [...wanted];
    const out: GridDoc[] = [];
    for (let i = 0; i < ids.length; i += 100) {
      const { data } = await collectionOf(this.db, GRIDS).where({ _id: _.in(ids.slice(i, i + 100)) }).field(GEOMETRY_FIELDS).limit(PAGE).get();
      out.push(...(data as GridDoc[]).map(withPlainGeometry));
    }
    return out;
  }

  /** Names of the grids in force by code, for lists that show where someone lives. */
  async names(gridIds: readonly string[]): Promise<Map<string, string>> {
    return new Map([...(await this.summaries(gridIds))].map(([id, g]) => [id, g.name]));
  }

  /** Writes documents of an import batch in one request; the importer keeps requests within limits. */
  async addMany(docs: readonly GridDoc[]): Promise<void> {
    await collectionOf(this.db, GRIDS).add([...docs]);
  }

  /** Deletes documents by `_id` in one request. */
  async removeDocs(docIds: readonly string[]): Promise<void> {
    const _ = this.db.command;
    await collectionOf(this.db, GRIDS).where({ _id: _.in([...docIds]) }).remove();
  }

  /** Deletes every document of an import batch. */
  async removeBatch(importId: string): Promise<void> {
    await collectionOf(this.db, GRIDS).where({ importId }).remove();
  }
}
