import { collectionOf } from '../collections';
import type { Database } from '../cloudbase';
import { GRID_CELL_PRECISION, geohashEncode, pointInGeometry, type LatLng } from '../../../shared/geo';
import { plainGeo, type GridDoc } from './grid-docs';

export const GRIDS = 'grids';

/** Lookup fields are large and never shown: they stay in the database. */
const WITHOUT_INDEX_FIELDS = { cells: false, mapCells: false, searchTerms: false } as const;
/** What a list of matches needs, without the geometry. */
const SUMMARY_FIELDS = { name: true, region: true, places: true, teamId: true, center: true } as const;

const withPlainGeometry = (doc: GridDoc): GridDoc => ({ ...doc, geometry: plainGeo(doc.geometry) });

export class GridRepository {
  constructor(private readonly db: Database) {}

  /**
   * The grids whose closed polygon holds the point: one indexed equality on the point's cell, then
   * point-in-polygon on the few candidates. A point on the line between neighbours is in both; they
   * come back ordered by grid code so callers pick the same one every time.
   */
  async containing(point: LatLng): Promise<GridDoc[]> {
    const cell = geohashEncode(point.lat, point.lng, GRID_CELL_PRECISION);
    const { data } = await collectionOf(this.db, GRIDS).where({ cells: cell }).field(WITHOUT_INDEX_FIELDS).limit(1000).get();
    return (data as GridDoc[])
      .map(withPlainGeometry)
      .filter((g) => pointInGeometry([point.lng, point.lat], g.geometry))
      .sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
  }

  /** Grids holding a search n-gram (indexed), without geometry, at most `limit`. */
  async withSearchTerm(term: string, limit: number): Promise<GridDoc[]> {
    const { data } = await collectionOf(this.db, GRIDS).where({ searchTerms: term }).field(SUMMARY_FIELDS).limit(limit).get();
    return data as GridDoc[];
  }

  /** Grids with any of the cells in `field` (indexed `$in`), at most `limit`. */
  async inCells(field: 'cells' | 'mapCells', cells: string[], limit: number): Promise<GridDoc[]> {
    if (cells.length === 0) return [];
    const _ = this.db.command;
    const { data } = await collectionOf(this.db, GRIDS).where({ [field]: _.in(cells) }).field(WITHOUT_INDEX_FIELDS).limit(limit).get();
    return (data as GridDoc[]).map(withPlainGeometry);
  }

  async find(id: string): Promise<GridDoc | null> {
    const { data } = await collectionOf(this.db, GRIDS).doc(id).field(WITHOUT_INDEX_FIELDS).get();
    const doc = data[0] as GridDoc | undefined;
    return doc ? withPlainGeometry(doc) : null;
  }

  /** Grids by code, whole (with their index fields), for the importer to replace or put back. */
  async findWhole(ids: readonly string[]): Promise<GridDoc[]> {
    const _ = this.db.command;
    const found: GridDoc[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      const { data } = await collectionOf(this.db, GRIDS).where({ _id: _.in(ids.slice(i, i + 500)) }).limit(1000).get();
      found.push(...(data as GridDoc[]));
    }
    return found;
  }

  /** Names of grids by code, for lists that show where someone lives. */
  async names(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const _ = this.db.command;
    const { data } = await collectionOf(this.db, GRIDS).where({ _id: _.in([...ids]) }).field({ name: true }).limit(1000).get();
    return new Map(data.map((g) => [String(g._id), String(g.name)]));
  }

  async addMany(docs: readonly GridDoc[]): Promise<void> {
    await collectionOf(this.db, GRIDS).add([...docs]);
  }

  /** Writes the grid whole under its code, replacing what was there. */
  async put(doc: GridDoc): Promise<void> {
    const { _id, ...rest } = doc;
    await collectionOf(this.db, GRIDS).doc(_id).set(rest);
  }

  async removeMany(ids: readonly string[]): Promise<void> {
    const _ = this.db.command;
    for (let i = 0; i < ids.length; i += 500) await collectionOf(this.db, GRIDS).where({ _id: _.in(ids.slice(i, i + 500)) }).remove();
  }

  /** The grids a team is responsible for, without geometry, in the order of their codes. */
  async ofTeam(teamId: string): Promise<GridDoc[]> {
    const { data } = await collectionOf(this.db, GRIDS).where({ teamId }).field(SUMMARY_FIELDS).orderBy('_id', 'asc').limit(1000).get();
    return data as GridDoc[];
  }
}
