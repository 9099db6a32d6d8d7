import type { Database } from '../../cloudfunctions/core/cloudbase';
import { isDbError } from '../../cloudfunctions/core/errors';
import { PERSONAS } from './personas';
import { seedGridMap } from './grid-map';
import { seedPackages } from './contract-packages';
import { playDemoStory } from './demo-story';
import type { FacialVerification } from '../wx/facial-verify';
import { seedVisitHistory } from './demo-appointments';
import type { FunctionHost } from '../functions/function-host';

const META = '__emulator';

/** One step of the demo data; each writes through the real SDK, as an import into CloudBase would. */
type SeedStep = (db: Database, now: Date) => Promise<void>;

async function seedPersonas(db: Database, now: Date): Promise<void> {
  const accounts = PERSONAS.filter((p) => p.openid !== 'o-resident-new').map((p) => ({
    _id: p.openid,
    openid: p.openid,
    nickname: p.nickname,
    roles: p.staff ? ['resident', 'staff'] : ['resident'],
    staff: p.staff,
    elderMode: p.openid === 'o-resident-ligl',
    createdAt: now,
    updatedAt: now,
  }));
  await db.collection('accounts').add(accounts);
}

/** Demo data steps, in order. */
const STEPS: SeedStep[] = [seedPersonas, seedGridMap, seedPackages];

/**
 * Loads the Yunnan demo data once, on the first start of a data directory; later starts keep whatever
 * the data has become. The marker is written last, so a start interrupted mid-seed seeds again.
 */
export async function seedDemoData(db: Database, now: Date = new Date()): Promise<boolean> {
  try {
    await db.createCollection(META);
  } catch (err) {
    if (!isDbError(err, 'DATABASE_COLLECTION_ALREADY_EXIST')) throw err;
  }
  const { data } = await db.collection(META).doc('seed').get();
  if (data.length > 0) return false;
  for (const step of STEPS) await step(db, now);
  await db.collection(META).doc('seed').set({ at: now });
  return true;
}

/**
 * Plays the demo story (seed/demo-story.ts) once per data directory, after the demo data. It is
 * marked as played before it starts: a story that fails half-way (say, functions not built) is
 * reported and never replayed over its own half, which would only fail again on its duplicates.
 */
export async function seedDemoStory(db: Database, host: FunctionHost, log: (line: string) => void, faces: FacialVerification): Promise<boolean> {
  const { data } = await db.collection(META).doc('story').get();
  if (data.length > 0) return false;
  await db.collection(META).doc('story').set({ at: new Date() });
  try {
    await playDemoStory(host, faces);
    await seedVisitHistory(db, new Date());
    return true;
  } catch (err) {
    log(`demo story incomplete (start with a fresh DATA_DIR to replay it): ${(err as Error).message}`);
    return false;
  }
}
