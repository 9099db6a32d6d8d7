import type { EmulatorDatabase } from '../db';
import { PERSONAS } from './personas';

const META = '__emulator';

/**
 * Loads the Yunnan demo data once, on the first start of a data directory. Later starts keep
 * whatever the data has become.
 */
export function seedDemoData(db: EmulatorDatabase, now: Date = new Date()): boolean {
  db.ensureCollection(META);
  if (db.find(META, { _id: 'seed' }).length > 0) return false;
  db.insert(
    'accounts',
    PERSONAS.map((p) => ({
      _id: p.openid,
      openid: p.openid,
      nickname: p.nickname,
      roles: p.staff ? ['resident', 'staff'] : ['resident'],
      staff: p.staff,
      elderMode: p.openid === 'o-resident-ligl',
      createdAt: now,
      updatedAt: now,
    })).filter((a) => a.openid !== 'o-resident-new'),
  );
  db.insert(META, [{ _id: 'seed', at: now }]);
  return true;
}
