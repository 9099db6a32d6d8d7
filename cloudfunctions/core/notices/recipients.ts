import type { Database } from '../cloudbase';
import { GuardianshipRepository, type GuardianshipDoc } from '../guardianships/guardianship-repository';
import { ResidentRepository, type ResidentDoc } from '../residents/resident-repository';
import { noticeAudience, type Recipient } from '../../../shared/policy/audience';
import type { Scope } from '../../../shared/policy/scopes';

const CHUNK = 200;

/**
 * Who is told about a resident's affairs at `at` (the rule is `noticeAudience`): the resident's own
 * account and every guardian whose consent is in force at that moment and covers `scope`. Asked at
 * send time, never stored: a revoked or expired guardian hears nothing more, a guardian who gained
 * the scope since hears from then on.
 */
export async function noticeRecipients(db: Database, residentId: string, scope: Scope, at: Date): Promise<string[]> {
  const entry = (await recipientsOfMany(db, [residentId], scope, at)).get(residentId);
  return (entry?.people ?? []).map((p) => p.openid);
}

/**
 * The same for many residents at once (a timer's batch): residents and their guardianships are
 * loaded in chunks, so thousands cost a few queries.
 */
export async function recipientsOfMany(
  db: Database,
  residentIds: readonly string[],
  scope: Scope,
  at: Date,
  who: 'all' | 'guardians' = 'all',
): Promise<Map<string, { resident: ResidentDoc; people: Recipient[] }>> {
  const ids = [...new Set(residentIds)];
  const residents: ResidentDoc[] = [];
  const guardianships: GuardianshipDoc[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const [r, g] = await Promise.all([new ResidentRepository(db).findMany(chunk), new GuardianshipRepository(db).forResidents(chunk)]);
    residents.push(...r);
    guardianships.push(...g);
  }
  const byResident = new Map<string, GuardianshipDoc[]>();
  for (const g of guardianships) byResident.set(g.residentId, [...(byResident.get(g.residentId) ?? []), g]);
  return new Map(residents.map((resident) => [resident._id, { resident, people: noticeAudience(resident, byResident.get(resident._id) ?? [], scope, at, who) }]));
}
