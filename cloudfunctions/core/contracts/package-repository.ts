import type { Database } from '../cloudbase';
import { collectionOf } from '../collections';
import { PACKAGES, type PackageDoc } from './contract-docs';

/** The service-package catalogue (服务包). */
export class PackageRepository {
  constructor(private readonly db: Database) {}

  /** Every package, in display order. */
  async catalogue(): Promise<PackageDoc[]> {
    const { data } = await collectionOf(this.db, PACKAGES).orderBy('order', 'asc').limit(100).get();
    return data as PackageDoc[];
  }
}
