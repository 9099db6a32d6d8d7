import type { Database } from '../../cloudfunctions/core/cloudbase';
import { describeProblems } from '../../cloudfunctions/core/grids/grid-check';
import { importGrids } from '../../cloudfunctions/core/grids/grid-import';
import { demoGridCollection } from './data/demo-grids';
import { KUNMING_TEAMS } from './data/teams-kunming';
import { PUER_NUJIANG_TEAMS } from './data/teams-puer-nujiang';

/** Every demo team: 呈贡区, 五华区, 思茅区 and 福贡县匹河怒族乡. */
export const DEMO_TEAMS = [...KUNMING_TEAMS, ...PUER_NUJIANG_TEAMS];

/** The family-doctor map: teams first, then the grids through the same import as a GeoJSON file. */
export async function seedGridMap(db: Database, now: Date): Promise<void> {
  await db.collection('teams').add(DEMO_TEAMS);
  // Nothing reads grids before the seed is done, so the import need not wait for readers' caches.
  const result = await importGrids(db, demoGridCollection(), now, { settleMs: 0 });
  if (!result.ok) throw new Error(`demo grids are invalid:\n${describeProblems(result.problems).join('\n')}`);
}
