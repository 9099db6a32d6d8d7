import type { Database } from '../cloudbase';
import { AccountRepository } from '../accounts/account-repository';
import { notifyPeople } from '../notices/notify';
import { noticeRecipients } from '../notices/recipients';
import type { CurrentTeams } from '../../../shared/policy/teams';
import { READING_KIND_LABELS, valueText } from '../../../shared/health/readings';
import { momentText } from '../../../shared/appointment/local-time';
import { pagePath } from '../../../shared/pages/page-paths';
import { thing, wxTime } from '../wx/fields';
import { ReadingRepository, type ReadingDoc } from './reading-repository';

type Env = { db: Database; now(): Date; log(message: string, extra?: Record<string, unknown>): void };

/**
 * Tells the team and the family about an urgent reading, once per reading whatever retries happen
 * (the alert is claimed on the reading first). Who is told is decided now: staff of the teams looking
 * after the resident today, and the resident and guardians whose consent is in force and covers
 * `reminders` (chronic care); the person who recorded it is not told what they just saw. Each is told
 * in the app and, with a `readingAlert` acceptance left (asked on the reading page), by WeChat message
 * that opens the resident's readings.
 */
export async function alertUrgentReading(
  env: Env,
  reading: ReadingDoc,
  residentName: string,
  teams: CurrentTeams,
): Promise<number> {
  if (!reading.urgent) return 0;
  if (!(await new ReadingRepository(env.db).claimAlert(reading._id, env.now()))) return 0;
  const accounts = new AccountRepository(env.db);
  const teamIds = [...new Set([teams.home, ...teams.sojourn].filter((t): t is string => Boolean(t)))];
  const staff = (await Promise.all(teamIds.map((t) => accounts.staffOf(t)))).flat().map((a) => a._id);
  const family = await noticeRecipients(env.db, reading.residentId, 'reminders', env.now());
  const to = [...new Set([...staff, ...family])].filter((o) => o !== reading.recordedBy.openid);
  const what = `${READING_KIND_LABELS[reading.values.kind]} ${valueText(reading.values)}`;
  const { told } = await notifyPeople(env, {
    to,
    residentId: reading.residentId,
    guardianshipId: null,
    notice: {
      kind: 'reading_alert',
      title: `${residentName}的${READING_KIND_LABELS[reading.values.kind]}读数危急`,
      body: `${momentText(new Date(reading.measuredAt))} 测得${what}，请尽快联系确认情况；如有不适请拨打120。`,
    },
    message: {
      template: 'readingAlert',
      data: {
        name1: residentName.slice(0, 10),
        thing2: thing(`${READING_KIND_LABELS[reading.values.kind]}（危急）`),
        thing3: thing(valueText(reading.values)),
        time4: wxTime(new Date(reading.measuredAt)),
        thing5: thing('请尽快联系确认，如有不适请拨打120'),
      },
      page: pagePath('healthHome', { residentId: reading.residentId, kind: reading.values.kind }),
    },
  });
  env.log('urgent reading alerted', { reading: reading._id, told: told.length });
  return told.length;
}
