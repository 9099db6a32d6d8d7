import type { Database } from '../cloudbase';
import { GuardianshipRepository, type GuardianshipDoc } from '../guardianships/guardianship-repository';
import { ResidentRepository, type ResidentDoc } from '../residents/resident-repository';
import { reminderRecipients, type Recipient } from '../../../shared/reminder/recipients';

const CHUNK = 200;

/**
 * The people to tell about each of `residentIds`, as of `at` (never a list kept from earlier): loads
 * the residents and their guardianships in chunks, so a batch of thousands costs a few queries.
 */
export async function recipientsOf(
  db: Database,
  residentIds: readonly string[],
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
  return new Map(
    residents.map((resident) => [
      resident._id,
      { resident, people: reminderRecipients(resident, byResident.get(resident._id) ?? [], at, who) },
    ]),
  );
}
