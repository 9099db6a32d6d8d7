import { collectionOf } from '../collections';
import crypto from 'node:crypto';
import type { Database } from '../cloudbase';
import { AppError } from '../errors';
import { contractPeriod, dayAfter, dayText } from '../../../shared/contract/period';
import { effectiveStatus } from '../../../shared/contract/status';
import { activeSlotId, CONTRACTS, nextSlotId, SLOTS, type ContractDoc, type SlotDoc } from './contract-docs';
import { inTransaction, txGet, type Tx } from './transaction';

export type NewApplication = Omit<ContractDoc, '_id' | 'status' | 'period' | 'review' | 'ended' | 'renewalNoticeAt' | 'createdAt' | 'updatedAt'>;
export type Review = NonNullable<ContractDoc['review']>;
export type Ending = NonNullable<ContractDoc['ended']>;

/** Lists leave the agreement text out; it is read on its own when someone opens the agreement. */
const WITHOUT_TEXT = { 'agreement.text': false } as const;

const body = (doc: ContractDoc) => {
  const { _id, ...rest } = doc;
  return rest;
};

async function putSlot(tx: Tx, id: string, contract: ContractDoc, now: Date): Promise<void> {
  const slot: Omit<SlotDoc, '_id'> = { residentId: contract.residentId, contractId: contract._id, since: now };
  await collectionOf(tx, SLOTS).doc(id).set(slot);
}

/** Frees a place only if this contract holds it. */
async function freeSlot(tx: Tx, id: string, contractId: string): Promise<void> {
  const slot = await txGet<SlotDoc>(tx, SLOTS, id);
  if (slot?.contractId === contractId) await collectionOf(tx, SLOTS).doc(id).remove();
}

async function save(tx: Tx, doc: ContractDoc, now: Date): Promise<ContractDoc> {
  const next = { ...doc, updatedAt: now };
  await collectionOf(tx, CONTRACTS).doc(doc._id).set(body(next));
  return next;
}

/** Sojourn stays share the collection (see StayRepository); they are never a contract to these actions. */
const isStay = (doc: { kind?: string }): boolean => doc.kind === 'sojourn';

async function load(tx: Tx, id: string): Promise<ContractDoc> {
  const doc = await txGet<ContractDoc>(tx, CONTRACTS, id);
  if (!doc || isStay(doc)) throw new AppError('NOT_FOUND', '没有找到这份签约');
  return doc;
}

const SYSTEM_EXPIRY = (doc: ContractDoc): Ending => ({ at: doc.period!.end, by: 'system', byLabel: '系统', reason: '服务期满' });

/**
 * Contracts and applications. Every change of status happens in a transaction together with the
 * resident's places (see SLOTS), so at most one contract is in effect and at most one application
 * waits, whatever runs at the same time.
 */
export class ContractRepository {
  constructor(private readonly db: Database) {}

  /** A regular contract or application by id; a sojourn stay's id finds nothing. */
  async find(id: string, withText = false): Promise<ContractDoc | null> {
    const ref = collectionOf(this.db, CONTRACTS).doc(id);
    const { data } = withText ? await ref.get() : await ref.field(WITHOUT_TEXT).get();
    const doc = data[0] as ContractDoc | undefined;
    return doc && !isStay(doc) ? doc : null;
  }

  /** A resident's regular contracts and applications, newest first. */
  async forResident(residentId: string): Promise<ContractDoc[]> {
    const { data } = await collectionOf(this.db, CONTRACTS)
      .where({ residentId, kind: 'regular' })
      .field(WITHOUT_TEXT)
      .orderBy('submittedAt', 'desc')
      .limit(100)
      .get();
    return data as ContractDoc[];
  }

  /** A resident's contracts in effect, regular and sojourn: what decides which teams look after them. */
  async activeFor(residentId: string): Promise<ContractDoc[]> {
    const { data } = await collectionOf(this.db, CONTRACTS).where({ residentId, status: 'active' }).field(WITHOUT_TEXT).limit(100).get();
    return data as ContractDoc[];
  }

  /** The residents with a contract in effect with the team. */
  async residentsOfTeam(teamId: string): Promise<string[]> {
    const { data } = await collectionOf(this.db, CONTRACTS).where({ teamId, status: 'active' }).field({ residentId: true }).limit(1000).get();
    return [...new Set(data.map((c) => String(c.residentId)))];
  }

  /** The team's contracts in effect, without their agreement text; for a sojourn team these include stays (`kind: 'sojourn'`, no packages). */
  async activeOfTeam(teamId: string): Promise<ContractDoc[]> {
    const { data } = await collectionOf(this.db, CONTRACTS).where({ teamId, status: 'active' }).field(WITHOUT_TEXT).limit(1000).get();
    return data as ContractDoc[];
  }

  async pendingForTeam(teamId: string): Promise<ContractDoc[]> {
    const { data } = await collectionOf(this.db, CONTRACTS)
      .where({ teamId, kind: 'regular', status: 'pending_review' })
      .field(WITHOUT_TEXT)
      .orderBy('submittedAt', 'asc')
      .limit(200)
      .get();
    return data as ContractDoc[];
  }

  /** The team's reviewed applications, newest decision first, those decided before `before` when given. */
  async reviewedForTeam(teamId: string, limit: number, before?: Date): Promise<ContractDoc[]> {
    const _ = this.db.command;
    const { data } = await collectionOf(this.db, CONTRACTS)
      .where({ teamId, kind: 'regular', 'review.at': before ? _.lt(before) : _.gt(new Date(0)) })
      .field(WITHOUT_TEXT)
      .orderBy('review.at', 'desc')
      .limit(limit)
      .get();
    return data as ContractDoc[];
  }

  /** Applications waiting for review that a family member signed, oldest first. */
  async pendingSignedByFamily(limit: number): Promise<ContractDoc[]> {
    const { data } = await collectionOf(this.db, CONTRACTS)
      .where({ status: 'pending_review', 'signedBy.as': 'guardian' })
      .field(WITHOUT_TEXT)
      .orderBy('submittedAt', 'asc')
      .limit(limit)
      .get();
    return data as ContractDoc[];
  }

  async countPendingForTeam(teamId: string): Promise<number> {
    const { total } = await collectionOf(this.db, CONTRACTS).where({ teamId, kind: 'regular', status: 'pending_review' }).count();
    return total ?? 0;
  }

  /** Regular contracts in a status whose `period.<edge>` is before `at`, oldest first (stays end by their own run). */
  async due(status: 'active' | 'scheduled', edge: 'start' | 'end', before: Date, limit: number): Promise<ContractDoc[]> {
    const _ = this.db.command;
    const { data } = await collectionOf(this.db, CONTRACTS)
      .where({ kind: 'regular', status, [`period.${edge}`]: _.lt(before) })
      .field(WITHOUT_TEXT)
      .orderBy(`period.${edge}`, 'asc')
      .limit(limit)
      .get();
    return data as ContractDoc[];
  }

  /** Contracts in effect, not yet told about renewal, whose last day falls in [from, before). */
  async renewalDue(from: Date, before: Date, limit: number): Promise<ContractDoc[]> {
    const _ = this.db.command;
    const { data } = await collectionOf(this.db, CONTRACTS)
      .where({ kind: 'regular', status: 'active', renewalNoticeAt: null, 'period.end': _.gte(from).and(_.lt(before)) })
      .field(WITHOUT_TEXT)
      .orderBy('period.end', 'asc')
      .limit(limit)
      .get();
    return data as ContractDoc[];
  }

  /**
   * Stores a new application and takes the resident's one place for it. CONFLICT, saying what is
   * already waiting, when another application or a renewal holds the place.
   */
  async submit(application: NewApplication, now: Date): Promise<ContractDoc> {
    const doc: ContractDoc = {
      _id: `ct_${crypto.randomBytes(12).toString('hex')}`,
      ...application,
      status: 'pending_review',
      period: null,
      review: null,
      ended: null,
      renewalNoticeAt: null,
      createdAt: now,
      updatedAt: now,
    };
    return inTransaction(this.db, async (tx) => {
      const held = await txGet<SlotDoc>(tx, SLOTS, nextSlotId(doc.residentId));
      if (held) throw await this.placeTaken(tx, held);
      await putSlot(tx, nextSlotId(doc.residentId), doc, now);
      await collectionOf(tx, CONTRACTS).add(doc);
      return doc;
    });
  }

  private async placeTaken(tx: Tx, held: SlotDoc): Promise<AppError> {
    const holder = await txGet<ContractDoc>(tx, CONTRACTS, held.contractId);
    if (holder?.status === 'scheduled' && holder.period) {
      return new AppError('CONFLICT', `已续约，新的签约将于${dayText(holder.period.start)}生效；如需更改，请先撤回续约`);
    }
    return new AppError('CONFLICT', `已有一份签约申请正在等待${holder?.team.name ?? '团队'}审核，请等待审核结果，或先撤回该申请`);
  }

  /**
   * Approves an application. A new application starts now; a switch ends the old contract as
   * `switched` and starts now; a renewal of a contract still in effect is `scheduled` for the day
   * after it ends. A contract past its last day that the nightly run has not closed yet is closed here.
   */
  async approve(id: string, review: Review, now: Date): Promise<ContractDoc> {
    return inTransaction(this.db, async (tx) => {
      const doc = await load(tx, id);
      if (doc.status !== 'pending_review') throw new AppError('CONFLICT', '这份申请已经处理过了，请刷新');
      let holder = await this.activeHolder(tx, doc.residentId);
      if (holder && effectiveStatus(holder, now) !== 'active') {
        await save(tx, { ...holder, status: 'expired', ended: SYSTEM_EXPIRY(holder) }, now);
        await collectionOf(tx, SLOTS).doc(activeSlotId(doc.residentId)).remove();
        holder = null;
      }
      const approved = { ...doc, review };
      if (holder && doc.purpose === 'renew' && doc.previousContractId === holder._id) {
        return save(tx, { ...approved, status: 'scheduled', period: contractPeriod(dayAfter(holder.period!)) }, now);
      }
      if (holder && doc.purpose === 'switch' && doc.previousContractId === holder._id) {
        const ended: Ending = { at: now, by: review.by, byLabel: review.reviewerLabel, reason: `换签到${doc.team.name}` };
        await save(tx, { ...holder, status: 'switched', ended }, now);
        holder = null;
      }
      if (holder) throw new AppError('CONFLICT', `该居民已与${holder.team.name}签约，这份申请不能通过；请联系居民办理换签`);
      await putSlot(tx, activeSlotId(doc.residentId), doc, now);
      await freeSlot(tx, nextSlotId(doc.residentId), doc._id);
      return save(tx, { ...approved, status: 'active', period: contractPeriod(now) }, now);
    });
  }

  async reject(id: string, review: Review, now: Date): Promise<ContractDoc> {
    return inTransaction(this.db, async (tx) => {
      const doc = await load(tx, id);
      if (doc.status !== 'pending_review') throw new AppError('CONFLICT', '这份申请已经处理过了，请刷新');
      await freeSlot(tx, nextSlotId(doc.residentId), doc._id);
      return save(tx, { ...doc, status: 'rejected', review }, now);
    });
  }

  /**
   * Ends what the resident asks to end: an application or a renewal not yet started is withdrawn, a
   * contract in effect is cancelled (解约).
   */
  async end(id: string, ending: Ending, now: Date): Promise<ContractDoc> {
    return inTransaction(this.db, async (tx) => {
      const doc = await load(tx, id);
      const status = effectiveStatus(doc, now);
      if (doc.status === 'pending_review' || status === 'scheduled') {
        await freeSlot(tx, nextSlotId(doc.residentId), doc._id);
        return save(tx, { ...doc, status: 'withdrawn', ended: ending }, now);
      }
      if (doc.status === 'active' && status === 'active') {
        await freeSlot(tx, activeSlotId(doc.residentId), doc._id);
        return save(tx, { ...doc, status: 'cancelled', ended: ending }, now);
      }
      throw new AppError('CONFLICT', '这份签约已经结束，无需再解约');
    });
  }

  /** Closes a contract whose last day is over; false when it was not due (already closed, renewed). */
  async expire(id: string, at: Date): Promise<boolean> {
    return inTransaction(this.db, async (tx) => {
      const doc = await txGet<ContractDoc>(tx, CONTRACTS, id);
      if (!doc || doc.status !== 'active' || effectiveStatus(doc, at) !== 'expired') return false;
      await freeSlot(tx, activeSlotId(doc.residentId), doc._id);
      await save(tx, { ...doc, status: 'expired', ended: SYSTEM_EXPIRY(doc) }, at);
      return true;
    });
  }

  /** Puts a renewal into effect once its first day has come and the contract before it has ended. */
  async activate(id: string, at: Date): Promise<ContractDoc | null> {
    return inTransaction(this.db, async (tx) => {
      const doc = await txGet<ContractDoc>(tx, CONTRACTS, id);
      if (!doc || doc.status !== 'scheduled' || effectiveStatus(doc, at) === 'scheduled') return null;
      const holder = await this.activeHolder(tx, doc.residentId);
      if (holder) {
        if (effectiveStatus(holder, at) === 'active') return null;
        await save(tx, { ...holder, status: 'expired', ended: SYSTEM_EXPIRY(holder) }, at);
      }
      await putSlot(tx, activeSlotId(doc.residentId), doc, at);
      await freeSlot(tx, nextSlotId(doc.residentId), doc._id);
      return save(tx, { ...doc, status: 'active' }, at);
    });
  }

  /** Marks the renewal notice as sent; true only for the one caller that marks it first. */
  async claimRenewalNotice(id: string, at: Date): Promise<boolean> {
    const { updated } = await collectionOf(this.db, CONTRACTS).where({ _id: id, status: 'active', renewalNoticeAt: null }).update({ renewalNoticeAt: at });
    return updated === 1;
  }

  private async activeHolder(tx: Tx, residentId: string): Promise<ContractDoc | null> {
    const slot = await txGet<SlotDoc>(tx, SLOTS, activeSlotId(residentId));
    return slot ? txGet<ContractDoc>(tx, CONTRACTS, slot.contractId) : null;
  }
}
