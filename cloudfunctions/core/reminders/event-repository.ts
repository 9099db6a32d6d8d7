import type { Database } from '../cloudbase';
import { collectionOf } from '../collections';
import type { CollectionName } from '../indexes';
import { isDbError } from '../errors';
import type { Confirmation } from '../../../shared/reminder/adherence';

export type DeliveryResult = 'sent' | 'no_quota' | 'failed';

/** One message to one person about one occurrence. */
export interface Delivery {
  openid: string;
  role: 'resident' | 'guardian';
  result: DeliveryResult;
  errcode: number | null;
}

/**
 * One occurrence of a plan (`_id` from the plan and the time, so it exists at most once). `status` is
 * what the tick did: sent (to someone), no_quota (nobody had a reminder left), failed (WeChat refused;
 * errcodes in `deliveries`), missed (reached more than 2 hours late after an outage, not sent),
 * no_recipient, or pending (confirmed before the tick reached it).
 */
export interface EventDoc {
  _id: string;
  planId: string;
  residentId: string;
  dueAt: Date;
  drug: string;
  instruction: string;
  status: 'pending' | 'sent' | 'no_quota' | 'failed' | 'missed' | 'no_recipient' | 'not_needed';
  deliveries: Delivery[];
  confirmed: Confirmation | null;
  confirmedAt: Date | null;
  confirmedBy: string | null;
  /** When to alert the family if still unconfirmed (indexed); null once confirmed or alerted. */
  missedCheckAt: Date | null;
  missedAlerts: Delivery[];
  createdAt: Date;
  updatedAt: Date;
}

const COLLECTION: CollectionName = 'reminderEvents';

export function eventId(planId: string, dueAt: Date): string {
  return `${planId}_${dueAt.getTime()}`;
}

export class EventRepository {
  constructor(private readonly db: Database) {}

  async find(id: string): Promise<EventDoc | null> {
    const { data } = await collectionOf(this.db, COLLECTION).doc(id).get();
    return (data[0] as EventDoc | undefined) ?? null;
  }

  /** Adds the occurrence; false when it is already recorded. */
  async add(doc: EventDoc): Promise<boolean> {
    try {
      await collectionOf(this.db, COLLECTION).add(doc);
      return true;
    } catch (err) {
      if (isDbError(err, 'DATABASE_DUPLICATE_WRITE')) return false;
      throw err;
    }
  }

  /**
   * Adds many occurrences in one write; when some are already recorded the batch falls back to one
   * write each, skipping those. Returns how many were added.
   */
  async addMany(docs: readonly EventDoc[]): Promise<number> {
    if (docs.length === 0) return 0;
    try {
      await collectionOf(this.db, COLLECTION).add([...docs]);
      return docs.length;
    } catch (err) {
      if (!isDbError(err, 'DATABASE_DUPLICATE_WRITE')) throw err;
    }
    let added = 0;
    const _ = this.db.command;
    for (const doc of docs) {
      if (await this.add(doc)) added += 1;
      // Confirmed while its reminder was going out: keep the confirmation, record the delivery.
      else await collectionOf(this.db, COLLECTION).where({ _id: doc._id, status: 'pending' }).update({ status: doc.status, deliveries: _.set(doc.deliveries) });
    }
    return added;
  }

  /** The ids among `ids` that are already recorded. */
  async existing(ids: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    const _ = this.db.command;
    for (let i = 0; i < ids.length; i += 1000) {
      const { data } = await collectionOf(this.db, COLLECTION).where({ _id: _.in(ids.slice(i, i + 1000)) }).field({ _id: true }).limit(1000).get();
      for (const d of data as { _id: string }[]) found.add(d._id);
    }
    return found;
  }

  async update(id: string, changes: Partial<Omit<EventDoc, '_id'>>): Promise<void> {
    const _ = this.db.command;
    const data: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(changes)) data[k] = Array.isArray(v) ? _.set(v) : v;
    await collectionOf(this.db, COLLECTION).doc(id).update(data);
  }

  async forResident(residentId: string, from: Date, to: Date): Promise<EventDoc[]> {
    const _ = this.db.command;
    const { data } = await collectionOf(this.db, COLLECTION)
      .where({ residentId, dueAt: _.gte(from).and(_.lte(to)) })
      .orderBy('dueAt', 'asc')
      .limit(1000)
      .get();
    return data as EventDoc[];
  }

  /** An occurrence confirmed before its reminder: the reminder was not needed. */
  async markNotNeeded(id: string, now: Date): Promise<void> {
    await collectionOf(this.db, COLLECTION).where({ _id: id, status: 'pending' }).update({ status: 'not_needed', updatedAt: now });
  }

  /** Records a confirmation if the occurrence has none yet; false when it already has one. */
  async confirm(id: string, state: Confirmation, by: string, at: Date): Promise<boolean> {
    const { updated } = await collectionOf(this.db, COLLECTION)
      .where({ _id: id, confirmed: null })
      .update({ confirmed: state, confirmedAt: at, confirmedBy: by, missedCheckAt: null, updatedAt: at });
    return updated === 1;
  }

  /** Unconfirmed occurrences whose hour is up by `at`. */
  async missedDue(at: Date, limit: number): Promise<EventDoc[]> {
    const _ = this.db.command;
    const { data } = await collectionOf(this.db, COLLECTION).where({ missedCheckAt: _.lte(at) }).orderBy('missedCheckAt', 'asc').limit(limit).get();
    return data as EventDoc[];
  }

  /** Takes the missed-dose alert of one occurrence: exactly one tick wins it, and only while unconfirmed. */
  async claimMissedAlert(id: string, checkAt: Date, now: Date): Promise<boolean> {
    const { updated } = await collectionOf(this.db, COLLECTION)
      .where({ _id: id, missedCheckAt: checkAt, confirmed: null })
      .update({ missedCheckAt: null, updatedAt: now });
    return updated === 1;
  }
}
