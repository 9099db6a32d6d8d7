import crypto from 'node:crypto';
import type { Database } from '../cloudbase';
import { collectionOf } from '../collections';
import { AppError } from '../errors';
import { CONTRACTS, SLOTS, type SlotDoc } from '../contracts/contract-docs';
import { inTransaction, txGet, type Tx } from '../contracts/transaction';
import { stayPhase } from '../../../shared/sojourn/stay-rules';
import { sojournSlotId, type NewStay, type StayDoc } from './stay-docs';

const body = (doc: StayDoc) => {
  const { _id, ...rest } = doc;
  return rest;
};

async function save(tx: Tx, doc: StayDoc, now: Date): Promise<StayDoc> {
  const next = { ...doc, updatedAt: now };
  await collectionOf(tx, CONTRACTS).doc(doc._id).set(body(next));
  return next;
}

async function load(tx: Tx, id: string): Promise<StayDoc> {
  const doc = await txGet<StayDoc>(tx, CONTRACTS, id);
  if (!doc || doc.kind !== 'sojourn') throw new AppError('NOT_FOUND', '没有找到这份旅居登记');
  return doc;
}

async function freeSlot(tx: Tx, residentId: string, stayId: string): Promise<void> {
  const slot = await txGet<SlotDoc>(tx, SLOTS, sojournSlotId(residentId));
  if (slot?.contractId === stayId) await collectionOf(tx, SLOTS).doc(sojournSlotId(residentId)).remove();
}

export type Ending = NonNullable<StayDoc['ended']>;

/**
 * Sojourn registrations. Each change of status runs in a transaction with the resident's sojourn
 * place, so at most one registration is waiting or in effect, whatever runs at the same time.
 */
export class StayRepository {
  constructor(private readonly db: Database) {}

  async find(id: string): Promise<StayDoc | null> {
    const { data } = await collectionOf(this.db, CONTRACTS).doc(id).get();
    const doc = data[0] as StayDoc | undefined;
    return doc && doc.kind === 'sojourn' ? doc : null;
  }

  /** A resident's registrations, newest first. */
  async forResident(residentId: string): Promise<StayDoc[]> {
    const { data } = await collectionOf(this.db, CONTRACTS).where({ residentId, kind: 'sojourn' }).orderBy('submittedAt', 'desc').limit(50).get();
    return data as StayDoc[];
  }

  async ofTeam(teamId: string, status: 'active' | 'pending_review'): Promise<StayDoc[]> {
    const { data } = await collectionOf(this.db, CONTRACTS).where({ teamId, kind: 'sojourn', status }).orderBy('submittedAt', 'asc').limit(1000).get();
    return data as StayDoc[];
  }

  /** Approved stays whose departure day ended before `before`, oldest first. */
  async overBefore(before: Date, limit: number): Promise<StayDoc[]> {
    const _ = this.db.command;
    const { data } = await collectionOf(this.db, CONTRACTS)
      .where({ kind: 'sojourn', status: 'active', 'period.end': _.lt(before) })
      .orderBy('period.end', 'asc')
      .limit(limit)
      .get();
    return data as StayDoc[];
  }

  /** Stores a registration and takes the resident's sojourn place; CONFLICT when another holds it. */
  async submit(stay: NewStay, now: Date): Promise<StayDoc> {
    const doc: StayDoc = {
      _id: `sj_${crypto.randomBytes(12).toString('hex')}`,
      kind: 'sojourn',
      ...stay,
      status: 'pending_review',
      review: null,
      ended: null,
      closingNote: null,
      createdAt: now,
      updatedAt: now,
    };
    return inTransaction(this.db, async (tx) => {
      const held = await txGet<SlotDoc>(tx, SLOTS, sojournSlotId(doc.residentId));
      if (held) {
        const holder = await txGet<StayDoc>(tx, CONTRACTS, held.contractId);
        throw new AppError('CONFLICT', `已有一份旅居登记（${holder?.team.name ?? '旅居服务团队'}），同一时间只能登记一处旅居；请先结束或撤回该登记`);
      }
      const slot: Omit<SlotDoc, '_id'> = { residentId: doc.residentId, contractId: doc._id, since: now };
      await collectionOf(tx, SLOTS).doc(sojournSlotId(doc.residentId)).set(slot);
      await collectionOf(tx, CONTRACTS).doc(doc._id).set(body(doc));
      return doc;
    });
  }

  /** The sojourn team answers a registration; approving one whose departure day is over is a conflict. */
  async review(id: string, review: NonNullable<StayDoc['review']>, now: Date): Promise<StayDoc> {
    return inTransaction(this.db, async (tx) => {
      const doc = await load(tx, id);
      if (doc.status !== 'pending_review') throw new AppError('CONFLICT', '这份旅居登记已经处理过了，请刷新');
      if (review.decision === 'reject') {
        await freeSlot(tx, doc.residentId, doc._id);
        return save(tx, { ...doc, status: 'rejected', review }, now);
      }
      if (stayPhase(doc.period, now) === 'over') throw new AppError('CONFLICT', '这份登记的离开日期已过，不能再通过');
      return save(tx, { ...doc, status: 'active', review }, now);
    });
  }

  /** Moves the departure day of a registration waiting or in effect. */
  async extend(id: string, end: Date, now: Date): Promise<StayDoc> {
    return inTransaction(this.db, async (tx) => {
      const doc = await load(tx, id);
      if (!isOpen(doc, now)) throw new AppError('CONFLICT', '这次旅居已经结束，不能再延长');
      return save(tx, { ...doc, period: { start: doc.period.start, end } }, now);
    });
  }

  /**
   * Ends a registration at the resident's word: withdrawn while waiting or before arrival, ended early
   * (now: the team's access ends with it) during the stay.
   */
  async end(id: string, ending: Ending, now: Date): Promise<StayDoc> {
    return inTransaction(this.db, async (tx) => {
      const doc = await load(tx, id);
      if (!isOpen(doc, now)) throw new AppError('CONFLICT', '这次旅居已经结束');
      await freeSlot(tx, doc.residentId, doc._id);
      if (doc.status === 'pending_review' || stayPhase(doc.period, now) === 'upcoming') {
        return save(tx, { ...doc, status: 'withdrawn', ended: ending }, now);
      }
      return save(tx, { ...doc, status: 'ended_early', ended: ending, period: { start: doc.period.start, end: now } }, now);
    });
  }

  /** Closes a stay whose departure day is over; false when it was not due. */
  async expire(id: string, at: Date): Promise<StayDoc | null> {
    return inTransaction(this.db, async (tx) => {
      const doc = await txGet<StayDoc>(tx, CONTRACTS, id);
      if (!doc || doc.kind !== 'sojourn' || doc.status !== 'active' || stayPhase(doc.period, at) !== 'over') return null;
      await freeSlot(tx, doc.residentId, doc._id);
      return save(tx, { ...doc, status: 'expired', ended: { at, by: 'system', byLabel: '系统', reason: '旅居期满' } }, at);
    });
  }

  async setClosingNote(id: string, note: NonNullable<StayDoc['closingNote']>, now: Date): Promise<StayDoc> {
    return inTransaction(this.db, async (tx) => save(tx, { ...(await load(tx, id)), closingNote: note }, now));
  }
}

/** Waiting, or approved and not over yet. */
export function isOpen(doc: StayDoc, at: Date): boolean {
  return doc.status === 'pending_review' || (doc.status === 'active' && stayPhase(doc.period, at) !== 'over');
}
