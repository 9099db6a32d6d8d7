import type { Database } from '../cloudbase';
import { collectionOf } from '../collections';
import type { CollectionName } from '../indexes';
import type { DoseUnit, MealRelation } from '../../../shared/reminder/vocabulary';
import type { Schedule } from '../../../shared/reminder/schedule';

/** A medication plan as stored. `nextDueAt` (indexed) is the one occurrence the tick sends next. */
export interface PlanDoc extends Schedule {
  _id: string;
  residentId: string;
  drug: string;
  dose: number;
  unit: DoseUnit;
  times: string[];
  weekdays: number[] | null;
  meal: MealRelation;
  notes: string;
  stock: number | null;
  status: 'active' | 'ended';
  /** When the plan was stopped; its occurrences after that no longer count. */
  endedAt: Date | null;
  /** Null once the plan has ended or has no occurrence left. */
  nextDueAt: Date | null;
  /** When the refill notice went out for the current stock; cleared when the stock is topped up. */
  refillNoticeAt: Date | null;
  /** The tick run that last claimed an occurrence of the plan (see `claimMany`). */
  claimToken?: string;
  createdBy: { openid: string; as: 'self' | 'guardian' | 'staff' };
  createdAt: Date;
  updatedAt: Date;
}

const COLLECTION: CollectionName = 'reminderPlans';

export class PlanRepository {
  constructor(private readonly db: Database) {}

  async find(id: string): Promise<PlanDoc | null> {
    const { data } = await collectionOf(this.db, COLLECTION).doc(id).get();
    return (data[0] as PlanDoc | undefined) ?? null;
  }

  async findMany(ids: readonly string[]): Promise<PlanDoc[]> {
    if (ids.length === 0) return [];
    const _ = this.db.command;
    const { data } = await collectionOf(this.db, COLLECTION).where({ _id: _.in([...ids]) }).limit(1000).get();
    return data as PlanDoc[];
  }

  async forResident(residentId: string): Promise<PlanDoc[]> {
    const { data } = await collectionOf(this.db, COLLECTION).where({ residentId }).orderBy('createdAt', 'asc').limit(100).get();
    return data as PlanDoc[];
  }

  async add(doc: PlanDoc): Promise<void> {
    await collectionOf(this.db, COLLECTION).add(doc);
  }

  async replace(doc: PlanDoc): Promise<void> {
    const { _id, ...rest } = doc;
    await collectionOf(this.db, COLLECTION).doc(_id).set(rest);
  }

  /** Plans with an occurrence due by `at`, earliest first, through the `nextDueAt` index. */
  async due(at: Date, limit: number): Promise<PlanDoc[]> {
    const _ = this.db.command;
    const { data } = await collectionOf(this.db, COLLECTION).where({ nextDueAt: _.lte(at) }).orderBy('nextDueAt', 'asc').limit(limit).get();
    return data as PlanDoc[];
  }

  /** How many plans have an occurrence due by `at`. */
  async countDue(at: Date): Promise<number> {
    const _ = this.db.command;
    const { total } = await collectionOf(this.db, COLLECTION).where({ nextDueAt: _.lte(at) }).count();
    return total;
  }

  /** The ids of due plans, a page at a time (earliest first), to split a busy tick into shards. */
  async dueIds(at: Date, skip: number, limit: number): Promise<string[]> {
    const _ = this.db.command;
    const { data } = await collectionOf(this.db, COLLECTION)
      .where({ nextDueAt: _.lte(at) })
      .orderBy('nextDueAt', 'asc')
      .orderBy('_id', 'asc')
      .skip(skip)
      .limit(limit)
      .field({ _id: true })
      .get();
    return (data as { _id: string }[]).map((d) => d._id);
  }

  /**
   * Claims the occurrence at `from` of many plans at once: every plan whose `nextDueAt` is still
   * `from` moves on to `to` and is stamped with this run's `token`, and the stamped ones are read
   * back. Each document's update is atomic, so of overlapping runs exactly one claims each plan.
   * Returns the ids this run claimed.
   */
  async claimMany(ids: readonly string[], from: Date, to: Date | null, token: string, now: Date): Promise<Set<string>> {
    const _ = this.db.command;
    const claimed = new Set<string>();
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      await collectionOf(this.db, COLLECTION).where({ _id: _.in(chunk), nextDueAt: from }).update({ nextDueAt: to, claimToken: token, updatedAt: now });
      const { data } = await collectionOf(this.db, COLLECTION).where({ _id: _.in(chunk), claimToken: token }).field({ _id: true }).limit(1000).get();
      for (const d of data as { _id: string }[]) claimed.add(d._id);
    }
    return claimed;
  }

  /**
   * Moves a plan from the occurrence `from` to `to` only if it is still at `from`: of two ticks that
   * reach the same occurrence, exactly one wins it.
   */
  async claim(id: string, from: Date, to: Date | null, now: Date): Promise<boolean> {
    const { updated } = await collectionOf(this.db, COLLECTION).where({ _id: id, nextDueAt: from }).update({ nextDueAt: to, updatedAt: now });
    return updated === 1;
  }

  /** Takes `units` from the stock (never below zero); returns the stock left, or null without a count. */
  async useStock(id: string, units: number, now: Date): Promise<number | null> {
    const _ = this.db.command;
    const col = collectionOf(this.db, COLLECTION);
    const { updated } = await col.where({ _id: id, stock: _.gte(units) }).update({ stock: _.inc(-units), updatedAt: now });
    if (updated !== 1) await col.where({ _id: id, stock: _.lt(units) }).update({ stock: 0, updatedAt: now });
    return (await this.find(id))?.stock ?? null;
  }

  /** Marks the refill notice as sent for the current stock; false when it already was. */
  async claimRefillNotice(id: string, now: Date): Promise<boolean> {
    const { updated } = await collectionOf(this.db, COLLECTION).where({ _id: id, refillNoticeAt: null }).update({ refillNoticeAt: now });
    return updated === 1;
  }
}
