import type { Database } from '../cloudbase';
import { collectionOf } from '../collections';
import type { CollectionName } from '../indexes';

export interface Section {
  heading: string;
  text: string;
}

/** The diet and exercise prescriptions (膳食处方, 运动处方) of one resident, `_id` the resident's id. */
export interface PrescriptionDoc {
  _id: string;
  diet: Section[];
  exercise: Section[];
  author: { openid: string; label: string };
  updatedAt: Date;
}

const COLLECTION: CollectionName = 'prescriptions';

export class PrescriptionRepository {
  constructor(private readonly db: Database) {}

  async find(residentId: string): Promise<PrescriptionDoc | null> {
    const { data } = await collectionOf(this.db, COLLECTION).doc(residentId).get();
    return (data[0] as PrescriptionDoc | undefined) ?? null;
  }

  async save(doc: PrescriptionDoc): Promise<void> {
    const { _id, ...rest } = doc;
    await collectionOf(this.db, COLLECTION).doc(_id).set(rest);
  }
}
