import { collectionOf } from '../collections';
import type { Database } from '../cloudbase';
import { isPermission, type Permission } from '../../../shared/policy/permissions';
import { TEAM_PERMISSIONS, type TeamPermission } from '../../../shared/policy/team-actions';

export type AuditActorKind = 'self' | 'guardian' | 'staff' | 'other';

/**
 * One access to a resident's data by someone other than the resident, or any refused attempt. Written
 * before the data is returned, so an access that cannot be recorded does not happen.
 */
export interface AuditDoc {
  residentId: string;
  actorOpenid: string;
  actorKind: AuditActorKind;
  /** How the actor is shown to the resident, fixed at the time: 王敏（子女）, 张毅（石龙湖社区团队 · 全科医生）. */
  actorLabel: string;
  action: string;
  /** The row of the policy table the access was decided by. */
  permission: Permission;
  allowed: boolean;
  reason: string | null;
  at: Date;
}

/**
 * A refused attempt at a team's business rather than one resident's data (a non-member opening a
 * team's queue): kept with the others, under no resident, so that no resident's record shows it.
 */
export interface TeamAuditDoc extends Omit<AuditDoc, 'residentId' | 'permission' | 'allowed'> {
  residentId: null;
  /** The team the attempt was about (the caller's own team when they named none); null when there is none. */
  teamId: string | null;
  permission: TeamPermission;
  allowed: false;
}

const COLLECTION = 'auditLog';

export class AuditLog {
  constructor(private readonly db: Database) {}

  async record(entries: AuditDoc | AuditDoc[]): Promise<void> {
    const list = Array.isArray(entries) ? entries : [entries];
    if (list.length === 0) return;
    // Every audited access was decided by a row of the policy table; anything else is a bug, caught here.
    const stray = list.find((e) => !isPermission(e.permission));
    if (stray) throw new Error(`audit entry for ${stray.action} names no policy permission: ${String(stray.permission)}`);
    await collectionOf(this.db, COLLECTION).add(list.length === 1 ? list[0] : list);
  }

  async recordTeamRefusal(entry: TeamAuditDoc): Promise<void> {
    if (!Object.prototype.hasOwnProperty.call(TEAM_PERMISSIONS, entry.permission)) {
      throw new Error(`team audit entry for ${entry.action} names no team permission: ${String(entry.permission)}`);
    }
    await collectionOf(this.db, COLLECTION).add(entry);
  }

  /**
   * One page of a resident's record, newest first. Pages are cut by (time, id), so entries of the
   * same millisecond are neither lost nor repeated; one more than `limit` is read to tell whether
   * another page follows.
   */
  async page(residentId: string, limit: number, before?: { at: Date; id: string }): Promise<{ entries: (AuditDoc & { _id: string })[]; more: boolean }> {
    const _ = this.db.command;
    const query = before ? _.and([{ residentId }, _.or([{ at: _.lt(before.at) }, { at: _.eq(before.at), _id: _.lt(before.id) }])]) : { residentId };
    const { data } = await collectionOf(this.db, COLLECTION).where(query).orderBy('at', 'desc').orderBy('_id', 'desc').limit(limit + 1).get();
    return { entries: data.slice(0, limit) as (AuditDoc & { _id: string })[], more: data.length > limit };
  }
}
