import type { Database } from '../cloudbase';
import { GuardianshipRepository } from '../guardianships/guardianship-repository';
import { ResidentRepository } from '../residents/resident-repository';
import { effectiveScopes } from '../../../shared/policy/consent';
import type { Scope } from '../../../shared/policy/scopes';

/**
 * Who is told about a resident's affairs at `at`: the resident's own account, if they have one, and
 * every guardian whose consent is in force at that moment and covers `scope` (`sign` for contracts,
 * `book` for appointments, `reminders` for medication). Asked at send time, never stored: a revoked
 * or expired guardian hears nothing more, a guardian who gained the scope since hears from then on.
 */
export async function noticeRecipients(db: Database, residentId: string, scope: Scope, at: Date): Promise<string[]> {
  const [resident, guardianships] = await Promise.all([
    new ResidentRepository(db).find(residentId),
    new GuardianshipRepository(db).forResident(residentId),
  ]);
  if (!resident) return [];
  const guardians = guardianships
    .filter((g) => effectiveScopes(g, resident.birthDate, at).includes(scope))
    .map((g) => g.guardianOpenid);
  return [...new Set([resident.ownerOpenid, ...guardians].filter((o): o is string => Boolean(o)))];
}
