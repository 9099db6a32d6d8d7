import { collectionOf } from '../collections';
import type { Database } from '../cloudbase';
import { isDbError } from '../errors';
import { SLOTS, type SlotDoc } from './appointment-docs';

/** Published slots. Places are taken and given back only by conditional updates on the counter. */
export class SlotRepository {
  constructor(private readonly db: Database) {}

  async find(id: string): Promise<SlotDoc | null> {
    const { data } = await collectionOf(this.db, SLOTS).doc(id).get();
    return (data[0] as SlotDoc | undefined) ?? null;
  }

  async findMany(ids: readonly string[]): Promise<Map<string, SlotDoc>> {
    const out = new Map<string, SlotDoc>();
    if (ids.length === 0) return out;
    const _ = this.db.command;
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += 500) {
      const { data } = await collectionOf(this.db, SLOTS).where({ _id: _.in(unique.slice(i, i + 500)) }).limit(1000).get();
      for (const s of data as SlotDoc[]) out.set(s._id, s);
    }
    return out;
  }

  /** A team's slots starting in [from, to), in time order. */
  async forTeam(teamId: string, from: Date, to: Date): Promise<SlotDoc[]> {
    const _ = this.db.command;
    const out: SlotDoc[] = [];
    for (let skip = 0; ; skip += 1000) {
      const { data } = await collectionOf(this.db, SLOTS)
        .where({ teamId, startsAt: _.gte(from).and(_.lt(to)) })
        .orderBy('startsAt', 'asc')
        .skip(skip)
        .limit(1000)
        .get();
      out.push(...(data as SlotDoc[]));
      if (data.length < 1000) return out;
    }
  }

  /** Inserts the slots not there yet; returns how many were new. */
  async addMissing(docs: SlotDoc[]): Promise<number> {
    const have = await this.findMany(docs.map((d) => d._id));
    const fresh = docs.filter((d) => !have.has(d._id));
    let created = 0;
    for (let i = 0; i < fresh.length; i += 100) {
      const batch = fresh.slice(i, i + 100);
      try {
        await collectionOf(this.db, SLOTS).add(batch);
        created += batch.length;
      } catch (err) {
        // Someone published the same plan at the same moment: add one by one, skipping theirs.
        if (!isDbError(err, 'DATABASE_DUPLICATE_WRITE')) throw err;
        for (const doc of batch) {
          try {
            await collectionOf(this.db, SLOTS).add(doc);
            created += 1;
          } catch (e) {
            if (!isDbError(e, 'DATABASE_DUPLICATE_WRITE')) throw e;
          }
        }
      }
    }
    return created;
  }

  /**
   * Takes one place of an open slot if one is left: a single conditional update, so however many
   * try at once, no more than `capacity` succeed. False when the slot is full, closed or changed.
   */
  async take(slot: SlotDoc, now: Date): Promise<boolean> {
    const _ = this.db.command;
    const { updated } = await collectionOf(this.db, SLOTS)
      .where({ _id: slot._id, status: 'open', capacity: slot.capacity, booked: _.lt(slot.capacity) })
      .update({ booked: _.inc(1), updatedAt: now });
    return (updated ?? 0) === 1;
  }

  /**
   * Keeps a free place for a waiter until `until`: the same conditional update as a booking, so the
   * hold never makes the slot hold more than its capacity. False when no place was free.
   */
  async hold(slot: SlotDoc, residentId: string, until: Date, now: Date): Promise<boolean> {
    const _ = this.db.command;
    const { updated } = await collectionOf(this.db, SLOTS)
      .where({ _id: slot._id, status: 'open', hold: null, capacity: slot.capacity, booked: _.lt(slot.capacity) })
      .update({ booked: _.inc(1), hold: { residentId, until }, updatedAt: now });
    return (updated ?? 0) === 1;
  }

  /** The waiter books the place kept for them: the hold ends, the place stays taken. */
  async claimHold(slotId: string, residentId: string, now: Date): Promise<boolean> {
    const _ = this.db.command;
    const { updated } = await collectionOf(this.db, SLOTS)
      .where({ _id: slotId, status: 'open', 'hold.residentId': residentId, 'hold.until': _.gt(now) })
      .update({ hold: null, updatedAt: now });
    return (updated ?? 0) === 1;
  }

  /** Ends a hold that ran out and frees its place; false when it was claimed or released already. */
  async releaseHold(slotId: string, now: Date): Promise<boolean> {
    const _ = this.db.command;
    const { updated } = await collectionOf(this.db, SLOTS)
      .where({ _id: slotId, 'hold.until': _.lte(now), booked: _.gt(0) })
      .update({ hold: null, booked: _.inc(-1), updatedAt: now });
    return (updated ?? 0) === 1;
  }

  /** Slots whose hold ran out by `now`. */
  async expiredHolds(now: Date, limit: number): Promise<SlotDoc[]> {
    const _ = this.db.command;
    const { data } = await collectionOf(this.db, SLOTS).where({ 'hold.until': _.lte(now) }).limit(limit).get();
    return data as SlotDoc[];
  }

  /** Gives one place back. */
  async giveBack(id: string, now: Date): Promise<void> {
    const _ = this.db.command;
    await collectionOf(this.db, SLOTS).where({ _id: id, booked: _.gt(0) }).update({ booked: _.inc(-1), updatedAt: now });
  }

  /**
   * Sets a slot's places to `capacity` (never below those taken: the condition re-checks `booked`)
   * and, with `reopen`, opens a closed slot again. False when the slot changed meanwhile.
   */
  async adjust(slot: SlotDoc, capacity: number, reopen: boolean, now: Date): Promise<boolean> {
    const _ = this.db.command;
    const { updated } = await collectionOf(this.db, SLOTS)
      .where({ _id: slot._id, status: slot.status, capacity: slot.capacity, booked: _.lte(capacity) })
      .update({ capacity, ...(reopen ? { status: 'open', closedReason: null } : {}), updatedAt: now });
    return (updated ?? 0) === 1;
  }

  /** Closes open slots (停诊); returns the ones this call closed. */
  async close(ids: readonly string[], reason: string, now: Date): Promise<string[]> {
    const closed: string[] = [];
    for (const id of ids) {
      const { updated } = await collectionOf(this.db, SLOTS).where({ _id: id, status: 'open' }).update({ status: 'closed', closedReason: reason, updatedAt: now });
      if ((updated ?? 0) === 1) closed.push(id);
    }
    return closed;
  }
}
