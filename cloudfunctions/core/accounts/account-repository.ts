import { collectionOf } from '../collections';
import type { Database } from '../cloudbase';
import { isDbError } from '../errors';
import type { Account } from '../../../shared/api/resident';
import { TeamRepository } from '../grids/team-repository';
import { teamPermissionsOf } from '../../../shared/policy/team-actions';

/** An account as stored: one per WeChat openid, `_id` is the openid. */
export interface AccountDoc {
  _id: string;
  openid: string;
  nickname: string;
  roles: Array<'resident' | 'staff'>;
  staff: { teamId: string; name: string; role: string } | null;
  elderMode: boolean;
  createdAt: Date;
  updatedAt: Date;
}

const COLLECTION = 'accounts';

/** The team a staff member works in; null for anyone who is not staff. */
export function staffTeamOf(account: AccountDoc | null): string | null {
  return account?.roles.includes('staff') ? (account.staff?.teamId ?? null) : null;
}

export class AccountRepository {
  constructor(private readonly db: Database) {}

  async find(openid: string): Promise<AccountDoc | null> {
    const { data } = await collectionOf(this.db, COLLECTION).doc(openid).get();
    return (data[0] as AccountDoc | undefined) ?? null;
  }

  /** The staff accounts of a team, to tell them about their patients. */
  async staffOf(teamId: string): Promise<AccountDoc[]> {
    const { data } = await collectionOf(this.db, COLLECTION).where({ 'staff.teamId': teamId }).limit(200).get();
    return (data as AccountDoc[]).filter((a) => a.roles.includes('staff'));
  }

  /** The caller's account, created on first use; concurrent first calls end with one account. */
  async findOrCreate(openid: string, now: Date): Promise<AccountDoc> {
    const existing = await this.find(openid);
    if (existing) return existing;
    const fresh: AccountDoc = {
      _id: openid,
      openid,
      nickname: '微信用户',
      roles: ['resident'],
      staff: null,
      elderMode: false,
      createdAt: now,
      updatedAt: now,
    };
    try {
      await collectionOf(this.db, COLLECTION).add(fresh);
      return fresh;
    } catch (err) {
      if (!isDbError(err, 'DATABASE_DUPLICATE_WRITE')) throw err;
      const winner = await this.find(openid);
      if (!winner) throw err;
      return winner;
    }
  }

  async setElderMode(openid: string, enabled: boolean, now: Date): Promise<void> {
    await collectionOf(this.db, COLLECTION).doc(openid).update({ elderMode: enabled, updatedAt: now });
  }
}

/** The account as the screens see it; a staff member's team is named, not just identified. */
export async function toAccount(db: Database, doc: AccountDoc): Promise<Account> {
  let staff: Account['staff'] = null;
  if (doc.staff) {
    const team = await new TeamRepository(db).find(doc.staff.teamId);
    const staffTeamId = doc.roles.includes('staff') ? doc.staff.teamId : null;
    staff = { ...doc.staff, teamName: team?.name ?? '家庭医生团队', teamPermissions: teamPermissionsOf(staffTeamId, team) };
  }
  return {
    openid: doc.openid,
    nickname: doc.nickname,
    roles: doc.roles,
    staff,
    elderMode: doc.elderMode,
    createdAt: new Date(doc.createdAt).toISOString(),
  };
}
