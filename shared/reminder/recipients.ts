import { effectiveScopes, type GuardianshipFacts } from '../policy/consent';

export interface Recipient {
  openid: string;
  role: 'resident' | 'guardian';
}

/**
 * Who hears about a resident's medication, decided at send time: the resident's own account (a
 * profile kept for someone without WeChat has none) and each guardian whose consent is in force now
 * and covers `reminders`. Someone whose consent has ended or expired is never told.
 */
export function reminderRecipients(
  resident: { ownerOpenid: string | null; birthDate: string },
  guardianships: readonly GuardianshipFacts[],
  at: Date,
  who: 'all' | 'guardians' = 'all',
): Recipient[] {
  const out: Recipient[] = [];
  if (who === 'all' && resident.ownerOpenid) out.push({ openid: resident.ownerOpenid, role: 'resident' });
  for (const g of guardianships) {
    if (g.guardianOpenid === resident.ownerOpenid || out.some((r) => r.openid === g.guardianOpenid)) continue;
    if (effectiveScopes(g, resident.birthDate, at).includes('reminders')) out.push({ openid: g.guardianOpenid, role: 'guardian' });
  }
  return out;
}
