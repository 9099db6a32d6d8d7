import crypto from 'node:crypto';
import type { Database } from '../cloudbase';
import { collectionOf } from '../collections';
import type { CollectionName } from '../indexes';
import type { TickCounts } from './deliver';

/**
 * One share of a busy tick: the plans it covers and the moment of the tick. The invocation that runs
 * it receives only the unguessable id, so a share can be run only as the tick wrote it, and only once.
 */
export interface ShardDoc {
  _id: string;
  firedAt: Date;
  planIds: string[];
  status: 'pending' | 'running' | 'done';
  counts: TickCounts | null;
  createdAt: Date;
}

const COLLECTION: CollectionName = 'reminderShards';

export class ShardRepository {
  constructor(private readonly db: Database) {}

  async create(firedAt: Date, planIds: string[], now: Date): Promise<ShardDoc> {
    const doc: ShardDoc = { _id: `sh_${crypto.randomBytes(16).toString('hex')}`, firedAt, planIds, status: 'pending', counts: null, createdAt: now };
    await collectionOf(this.db, COLLECTION).add(doc);
    return doc;
  }

  /** Starts a pending share; null when it does not exist or has already been started. */
  async start(id: string): Promise<ShardDoc | null> {
    const { updated } = await collectionOf(this.db, COLLECTION).where({ _id: id, status: 'pending' }).update({ status: 'running' });
    if (updated !== 1) return null;
    const { data } = await collectionOf(this.db, COLLECTION).doc(id).get();
    return (data[0] as ShardDoc | undefined) ?? null;
  }

  async finish(id: string, counts: TickCounts): Promise<void> {
    await collectionOf(this.db, COLLECTION).doc(id).update({ status: 'done', counts });
  }
}
