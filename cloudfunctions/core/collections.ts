import type { CollectionName } from './indexes';

/**
 * The one way to a collection, for repositories only: the name must be one of the declared
 * `COLLECTIONS`, so a new collection cannot be touched ad hoc, and a test checks that nothing
 * outside a repository calls this (or `.collection(`) at all. Works on the database and on a
 * transaction handle alike.
 */
export function collectionOf<D extends { collection(name: string): unknown }>(db: D, name: CollectionName): ReturnType<D['collection']> {
  return db.collection(name) as ReturnType<D['collection']>;
}
