import { effectiveScopes, type GuardianshipFacts } from './consent';
import type { Scope } from './scopes';

export interface Recipient {
  openid: string;
  role: 'resident' | 'guardian';
}

/**
 * Who hears about a resident's affairs at `at`: the resident's own account (a profile kept for
 * someone without WeChat has none) and each guardian whose consent is in force at that moment and
 * covers `scope` (`sign` for contracts, `book` for appointments, `reminders` for medication and
 * readings). Someone whose consent has ended, expired or never covered the scope is never told.
 * `guardians` leaves the resident out (an alert about them to their family).
 */
export function noticeAudience(
  resident: { ownerOpenid: string | null; birthDate: string },
  guardianships: readonly GuardianshipFacts[],
  scope: Scope,
  at: Date,
  who: 'all' | 'guardians' = 'all',
): Recipient[] {
  const out: Recipient[] = [];
  if (who === 'all' && resident.ownerOpenid) out.push({ openid: resident.ownerOpenid, role: 'resident' });
  for (const g of guardianships) {
    if (g.guardianOpenid === resident.ownerOpenid || out.some((r) => r.openid === g.guardianOpenid)) continue;
    if (effectiveScopes(g, resident.birthDate, at).includes(scope)) out.push({ openid: g.guardianOpenid, role: 'guardian' });
  }
  return out;
}
