import type { Database } from '../cloudbase';
import { isPermission, type Permission } from '../../../shared/policy/permissions';

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

const COLLECTION = 'auditLog';

export class AuditLog {
  constructor(private readonly db: Database) {}

  async record(entries: AuditDoc | AuditDoc[]): Promise<void> {
    const list = Array.isArray(entries) ? entries : [entries];
    if (list.length === 0) return;
    // Every audited access was decided by a row of the policy table; anything else is a bug, caught here.
    const stray = list.find((e) => !isPermission(e.permission));
    if (stray) throw new Error(`audit entry for ${stray.action} names no policy permission: ${String(stray.permission)}`);
    await this.db.collection(COLLECTION).add(list.length === 1 ? list[0] : list);
  }

  /** Newest first; `before` pages back in time. */
  async forResident(residentId: string, limit: number, before?: Date): Promise<(AuditDoc & { _id: string })[]> {
    const _ = this.db.command;
    const query = before ? { residentId, at: _.lt(before) } : { residentId };
    const { data } = await this.db.collection(COLLECTION).where(query).orderBy('at', 'desc').limit(limit).get();
    return data as (AuditDoc & { _id: string })[];
  }
}
