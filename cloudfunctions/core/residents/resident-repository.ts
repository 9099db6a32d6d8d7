import { collectionOf } from '../collections';
import crypto from 'node:crypto';
import type { Database } from '../cloudbase';
import { AppError, isDbError } from '../errors';
import type { Condition, Disability, RiskFactor } from '../../../shared/resident/vocabulary';
import type { ElderlyRisk } from '../../../shared/resident/classification';
import type { Gender } from '../../../shared/resident/id-number';
import { idLookupHmac, protectIdNumber } from './id-protection';

/** A resident profile as stored. The ID number is never stored in the clear. */
export interface ResidentDoc {
  _id: string;
  /** The resident's own account; null for a profile kept for someone without WeChat. */
  ownerOpenid: string | null;
  createdBy: string;
  name: string;
  gender: Gender;
  birthDate: string;
  idCipher: string;
  idHmac: string;
  idMasked: string;
  phone: string;
  address: string;
  gridId: string | null;
  conditions: Condition[];
  pregnancy: { dueDate: string } | null;
  disability: Disability | null;
  livesAlone: boolean;
  riskFactors: RiskFactor[];
  /**
   * How the owner proved she is the person of this record, and which account did: a self-made profile
   * has none until 人脸核身 or a staff member's check in person (`isIdentityVerified`).
   */
  identity?: IdentityProof | null;
  /** The elderly risk level a staff member of the team confirmed, with who and when; absent until then. */
  riskConfirmed?: { level: ElderlyRisk; by: string; byName: string; at: Date; suggested: ElderlyRisk | null } | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface IdentityProof {
  /** The account that proved it; the proof counts only while that account owns the record. */
  openid: string;
  method: 'face' | 'in_person';
  at: Date;
  /** The staff member who checked the ID card, for `in_person`. */
  by: string | null;
}

/** True when the record's owner has proved she is its person. */
export function isIdentityVerified(doc: Pick<ResidentDoc, 'ownerOpenid' | 'identity'>): boolean {
  return doc.ownerOpenid !== null && doc.identity?.openid === doc.ownerOpenid;
}

export type NewResident = Omit<ResidentDoc, '_id' | 'idCipher' | 'idHmac' | 'idMasked' | 'createdAt' | 'updatedAt' | 'identity'> & {
  idNumber: string;
};

export type ResidentChanges = Partial<
  Pick<ResidentDoc, 'phone' | 'address' | 'gridId' | 'conditions' | 'pregnancy' | 'disability' | 'livesAlone' | 'riskFactors'>
>;

const COLLECTION = 'residents';

/** A person's own profile has an `_id` derived from their account, so two at once cannot both be made. */
export function selfResidentId(openid: string): string {
  return `rs_${crypto.createHash('sha256').update(`self\n${openid}`).digest('hex').slice(0, 24)}`;
}

export class ResidentRepository {
  constructor(private readonly db: Database) {}

  async find(id: string): Promise<ResidentDoc | null> {
    const { data } = await collectionOf(this.db, COLLECTION).doc(id).get();
    return (data[0] as ResidentDoc | undefined) ?? null;
  }

  async findMany(ids: readonly string[]): Promise<ResidentDoc[]> {
    if (ids.length === 0) return [];
    const _ = this.db.command;
    const { data } = await collectionOf(this.db, COLLECTION).where({ _id: _.in([...ids]) }).limit(1000).get();
    return data as ResidentDoc[];
  }

  async findByIdNumber(idNumber: string): Promise<ResidentDoc | null> {
    const { data } = await collectionOf(this.db, COLLECTION).where({ idHmac: idLookupHmac(idNumber) }).limit(1).get();
    return (data[0] as ResidentDoc | undefined) ?? null;
  }

  async findOwnedBy(openid: string): Promise<ResidentDoc | null> {
    const { data } = await collectionOf(this.db, COLLECTION).where({ ownerOpenid: openid }).limit(1).get();
    return (data[0] as ResidentDoc | undefined) ?? null;
  }

  async inGrids(gridIds: readonly string[]): Promise<ResidentDoc[]> {
    if (gridIds.length === 0) return [];
    const _ = this.db.command;
    const { data } = await collectionOf(this.db, COLLECTION).where({ gridId: _.in([...gridIds]) }).limit(1000).get();
    return data as ResidentDoc[];
  }

  /**
   * Stores a new profile. One ID number is one profile and one account has one own profile: either
   * clash is a CONFLICT naming the field, also when two requests race.
   */
  async create(input: NewResident, now: Date): Promise<ResidentDoc> {
    const { idNumber, ...rest } = input;
    const randomId = () => `rs_${crypto.randomBytes(12).toString('hex')}`;
    let _id = rest.ownerOpenid ? selfResidentId(rest.ownerOpenid) : randomId();
    for (;;) {
      const doc: ResidentDoc = { _id, ...rest, ...protectIdNumber(_id, idNumber), identity: null, createdAt: now, updatedAt: now };
      try {
        await collectionOf(this.db, COLLECTION).add(doc);
        return doc;
      } catch (err) {
        if (!isDbError(err, 'DATABASE_DUPLICATE_WRITE')) throw err;
        const held = rest.ownerOpenid ? await this.find(_id) : null;
        if (held && held.ownerOpenid === rest.ownerOpenid) throw new AppError('CONFLICT', '您已经建立了自己的健康档案', 'subject');
        // The account's own id is taken by a record its person has claimed from it: any other id will do.
        if (held) {
          _id = randomId();
          continue;
        }
        throw new AppError('CONFLICT', '该身份证号码已经建立过健康档案。如果是您本人，可以通过人脸核身认领；如是您的家人，请在“代管”中申请代管', 'idNumber');
      }
    }
  }

  /** Records that the owner `openid` proved her identity; CONFLICT when the record changed hands meanwhile. */
  async verifyOwner(id: string, proof: IdentityProof, now: Date): Promise<void> {
    const _ = this.db.command;
    const { updated } = await collectionOf(this.db, COLLECTION)
      .where({ _id: id, ownerOpenid: proof.openid })
      .update({ identity: _.set(proof), updatedAt: now });
    if (updated !== 1) throw new AppError('CONFLICT', '档案的归属刚刚发生了变化，请刷新后重试');
  }

  /**
   * Hands the record to the person who proved her identity (`proof.openid`), if it is still held by
   * `from` (another account, or nobody for a profile a relative made): the earlier holder loses it.
   */
  async takeOver(id: string, from: string | null, proof: IdentityProof, now: Date): Promise<void> {
    const _ = this.db.command;
    const { updated } = await collectionOf(this.db, COLLECTION)
      .where({ _id: id, ownerOpenid: from })
      .update({ ownerOpenid: proof.openid, identity: _.set(proof), updatedAt: now });
    if (updated !== 1) throw new AppError('CONFLICT', '档案的归属刚刚发生了变化，请刷新后重试');
  }

  async update(id: string, changes: ResidentChanges, now: Date): Promise<void> {
    const _ = this.db.command;
    const data: Record<string, unknown> = { updatedAt: now };
    // Objects and arrays are replaced whole, not merged field by field.
    for (const [k, v] of Object.entries(changes)) if (v !== undefined) data[k] = v !== null && typeof v === 'object' ? _.set(v) : v;
    await collectionOf(this.db, COLLECTION).doc(id).update(data);
  }

  /** Records the risk level a staff member confirmed (who and when); it replaces the earlier one. */
  async confirmRisk(id: string, confirmed: NonNullable<ResidentDoc['riskConfirmed']>, now: Date): Promise<void> {
    const _ = this.db.command;
    await collectionOf(this.db, COLLECTION).doc(id).update({ riskConfirmed: _.set(confirmed), updatedAt: now });
  }

  async remove(id: string): Promise<void> {
    await collectionOf(this.db, COLLECTION).doc(id).remove();
  }
}
