import { collectionOf } from '../collections';
import crypto from 'node:crypto';
import type { Database } from '../cloudbase';
import { AppError, isDbError } from '../errors';
import { consentExpiry, type Consent, type ConsentRoute, type GuardianshipFacts, type GuardianshipStatus } from '../../../shared/policy/consent';
import { sortScopes, type Scope } from '../../../shared/policy/scopes';
import type { Relation } from '../../../shared/resident/vocabulary';

/**
 * One guardian and one resident (代管关系). There is one document per pair: a new request after a
 * refusal or a revocation reopens it, so a pair never has two open requests.
 */
export interface GuardianshipDoc extends GuardianshipFacts {
  _id: string;
  residentId: string;
  residentName: string;
  guardianName: string;
  relation: Relation;
  consentRoute: ConsentRoute;
  endedAt: Date | null;
  endedBy: 'resident' | 'guardian' | 'staff' | null;
  createdAt: Date;
  updatedAt: Date;
}

export type NewGuardianship = Pick<
  GuardianshipDoc,
  'guardianOpenid' | 'residentId' | 'residentName' | 'guardianName' | 'relation' | 'consentRoute' | 'requestedScopes'
>;

export type GuardianshipChanges = Partial<
  Pick<GuardianshipDoc, 'status' | 'guardianConsent' | 'residentConsent' | 'endedAt' | 'endedBy' | 'requestedScopes' | 'consentRoute'>
>;

const COLLECTION = 'guardianships';
const OPEN: GuardianshipStatus[] = ['pending', 'active'];

export function guardianshipId(guardianOpenid: string, residentId: string): string {
  return `gd_${crypto.createHash('sha256').update(`${guardianOpenid}\n${residentId}`).digest('hex').slice(0, 24)}`;
}

export class GuardianshipRepository {
  constructor(private readonly db: Database) {}

  async find(id: string): Promise<GuardianshipDoc | null> {
    const { data } = await collectionOf(this.db, COLLECTION).doc(id).get();
    return (data[0] as GuardianshipDoc | undefined) ?? null;
  }

  async forResident(residentId: string): Promise<GuardianshipDoc[]> {
    const { data } = await collectionOf(this.db, COLLECTION).where({ residentId }).limit(100).get();
    return data as GuardianshipDoc[];
  }

  async forResidents(residentIds: readonly string[]): Promise<GuardianshipDoc[]> {
    if (residentIds.length === 0) return [];
    const _ = this.db.command;
    const { data } = await collectionOf(this.db, COLLECTION).where({ residentId: _.in([...residentIds]) }).limit(1000).get();
    return data as GuardianshipDoc[];
  }

  async forGuardian(guardianOpenid: string): Promise<GuardianshipDoc[]> {
    const { data } = await collectionOf(this.db, COLLECTION).where({ guardianOpenid }).limit(100).get();
    return data as GuardianshipDoc[];
  }

  /** Opens a pending request; CONFLICT while the pair already has one pending or active. */
  async open(input: NewGuardianship, now: Date): Promise<GuardianshipDoc> {
    const fresh: GuardianshipDoc = {
      _id: guardianshipId(input.guardianOpenid, input.residentId),
      ...input,
      status: 'pending',
      guardianConsent: null,
      residentConsent: null,
      endedAt: null,
      endedBy: null,
      createdAt: now,
      updatedAt: now,
    };
    try {
      await collectionOf(this.db, COLLECTION).add(fresh);
      return fresh;
    } catch (err) {
      if (!isDbError(err, 'DATABASE_DUPLICATE_WRITE')) throw err;
    }
    const { _id, createdAt: _created, ...reopened } = fresh;
    const _ = this.db.command;
    const { updated } = await collectionOf(this.db, COLLECTION)
      .where({ _id, status: _.nin(OPEN) })
      .update({ ...reopened, guardianConsent: null, residentConsent: null, requestedScopes: _.set(input.requestedScopes) });
    if (updated !== 1) throw new AppError('CONFLICT', '您已经申请过或已经在代管对方，无需重复申请');
    return (await this.find(_id))!;
  }

  /**
   * Changes a guardianship only if it is still in one of `from`; CONFLICT when someone else changed it
   * first (two taps, two devices).
   */
  async transition(id: string, from: GuardianshipStatus[], changes: GuardianshipChanges, now: Date): Promise<GuardianshipDoc> {
    const _ = this.db.command;
    const data: Record<string, unknown> = { updatedAt: now };
    for (const [k, v] of Object.entries(changes)) if (v !== undefined) data[k] = v !== null && typeof v === 'object' && !(v instanceof Date) ? _.set(v) : v;
    const { updated } = await collectionOf(this.db, COLLECTION).where({ _id: id, status: _.in(from) }).update(data);
    if (updated !== 1) throw new AppError('CONFLICT', '代管状态已经变化，请刷新后重试');
    return (await this.find(id))!;
  }

  async remove(id: string): Promise<void> {
    await collectionOf(this.db, COLLECTION).doc(id).remove();
  }
}

/** A consent given at `at` for `scopes`, lasting the consent period (12 months). */
export function consentGiven(scopes: Scope[], at: Date, method: ConsentRoute, verifiedBy: string | null): Consent {
  return { scopes: sortScopes(scopes), at, expiresAt: consentExpiry(at), method, verifiedBy };
}
