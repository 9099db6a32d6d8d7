import { ageOn } from '../resident/age';
import { AGE_OF_MAJORITY, effectiveScopes, isConsentCurrent, type GuardianshipFacts } from './consent';
import { SCOPE_LABELS, type Scope } from './scopes';
import { isCurrentTeam, type CurrentTeams } from './teams';

/**
 * Who may do what to which resident. The one place this is decided; functions load the facts and ask.
 *
 * | permission       | the resident | a guardian                               | staff of a current team |
 * |------------------|--------------|------------------------------------------|-------------------------|
 * | profile.read     | yes          | scope `view`                             | yes                     |
 * | records.read     | yes          | scope `view`                             | yes                     |
 * | profile.update   | yes          | scope `sign`                             | yes                     |
 * | appointment.book | yes          | scope `book`                             | yes                     |
 * | contract.sign    | yes          | scope `sign`                             | no                      |
 * | reminders.manage | yes          | scope `reminders`                        | yes                     |
 * | access.list      | yes          | no                                       | yes                     |
 * | access.respond   | yes          | no                                       | no                      |
 * | access.revoke    | yes          | their own guardianship only, any state   | yes (in person)         |
 * | access.verify    | no           | no                                       | yes (in person)         |
 * | access.renew     | yes          | their own, as legal guardian of a minor  | no (they verify)        |
 * | audit.read       | yes          | scope `view`, when the resident has no account of their own | no   |
 *
 * "The resident" is the account that owns the profile; a profile kept for someone without WeChat has
 * none. A guardian's scopes are those of `effectiveScopes` (active, consented, not expired, age
 * rules). Staff count only for the resident's current teams (`currentTeams`): the home team of the
 * active regular contract or, without one, of the grid; and a sojourn team for its contract's dates.
 * Anyone else is refused.
 */
export const PERMISSIONS = {
  'profile.read': { guardian: 'view', staff: true },
  'records.read': { guardian: 'view', staff: true },
  'profile.update': { guardian: 'sign', staff: true },
  'appointment.book': { guardian: 'book', staff: true },
  'contract.sign': { guardian: 'sign', staff: false },
  'reminders.manage': { guardian: 'reminders', staff: true },
  'access.list': { guardian: null, staff: true },
  'access.respond': { guardian: null, staff: false },
  'access.revoke': { guardian: 'own', staff: true },
  'access.verify': { guardian: null, staff: true, notSelf: true },
  'access.renew': { guardian: 'legal', staff: false },
  'audit.read': { guardian: 'view-unowned', staff: false },
} as const satisfies Record<string, { guardian: Scope | 'own' | 'legal' | 'view-unowned' | null; staff: boolean; notSelf?: boolean }>;

export type Permission = keyof typeof PERMISSIONS;

export interface PolicyInput {
  permission: Permission;
  actor: { openid: string; staffTeamId: string | null };
  resident: { ownerOpenid: string | null; birthDate: string };
  teams: CurrentTeams;
  /** The actor's guardianships of this resident. */
  guardianships: readonly GuardianshipFacts[];
  /** The guardianship an `access.*` action is about, if any. */
  target?: GuardianshipFacts;
  at: Date;
}

export type ActorKind = 'self' | 'guardian' | 'staff' | 'other';

export type DenyReason =
  | 'not_related'
  | 'own_case'
  | 'guardian_pending'
  | 'guardian_ended'
  | 'consent_expired'
  | 'age_rule'
  | 'scope_missing'
  | 'staff_other_team'
  | 'owner_only';

export type Decision =
  | { allowed: true; as: ActorKind; scopes: Scope[] }
  | { allowed: false; as: ActorKind; reason: DenyReason; missingScope?: Scope };

export function decide(input: PolicyInput): Decision {
  const { permission, actor, resident, teams, at } = input;
  const rule: { guardian: Scope | 'own' | 'legal' | 'view-unowned' | null; staff: boolean; notSelf?: boolean } =
    PERMISSIONS[permission];
  const isSelf = resident.ownerOpenid !== null && resident.ownerOpenid === actor.openid;
  const mine = input.guardianships.filter((g) => g.guardianOpenid === actor.openid);
  const scopes = [...new Set(mine.flatMap((g) => effectiveScopes(g, resident.birthDate, at)))] as Scope[];
  const isStaffHere = isCurrentTeam(teams, actor.staffTeamId);

  // Nobody checks consent in a case of their own, even as staff of the team.
  if (rule.notSelf && (isSelf || input.target?.guardianOpenid === actor.openid)) {
    return { allowed: false, as: isSelf ? 'self' : 'guardian', reason: 'own_case' };
  }
  if (isSelf) return { allowed: true, as: 'self', scopes: ['view', 'book', 'sign', 'reminders'] };
  if (mine.length > 0 && guardianAllowed(rule.guardian, input, mine, scopes)) return { allowed: true, as: 'guardian', scopes };
  if (isStaffHere && rule.staff) return { allowed: true, as: 'staff', scopes: [] };

  if (mine.length > 0) return { allowed: false, as: 'guardian', ...guardianDenial(rule.guardian, input, mine) };
  if (actor.staffTeamId !== null) return { allowed: false, as: 'staff', reason: isStaffHere ? 'owner_only' : 'staff_other_team' };
  return { allowed: false, as: 'other', reason: 'not_related' };
}

function guardianAllowed(
  rule: Scope | 'own' | 'legal' | 'view-unowned' | null,
  input: PolicyInput,
  mine: readonly GuardianshipFacts[],
  scopes: readonly Scope[],
): boolean {
  const target = input.target;
  const targetIsMine = target !== undefined && mine.includes(target);
  switch (rule) {
    case null:
      return false;
    case 'own':
      return targetIsMine;
    case 'legal':
      return targetIsMine && target.guardianConsent !== null && target.status === 'active' &&
        ageOn(input.resident.birthDate, input.at) < AGE_OF_MAJORITY;
    case 'view-unowned':
      return input.resident.ownerOpenid === null && scopes.includes('view');
    default:
      return scopes.includes(rule);
  }
}

function guardianDenial(
  rule: Scope | 'own' | 'legal' | 'view-unowned' | null,
  input: PolicyInput,
  mine: readonly GuardianshipFacts[],
): { reason: DenyReason; missingScope?: Scope } {
  const needed: Scope | undefined = rule === 'view-unowned' ? 'view' : rule === null || rule === 'own' || rule === 'legal' ? undefined : rule;
  if (needed === undefined) return { reason: 'owner_only' };
  if (input.resident.ownerOpenid !== null && rule === 'view-unowned') return { reason: 'owner_only' };
  if (mine.every((g) => g.status === 'pending')) return { reason: 'guardian_pending', missingScope: needed };
  const active = mine.filter((g) => g.status === 'active');
  if (active.length === 0) return { reason: 'guardian_ended', missingScope: needed };
  const current = active.filter((g) => isConsentCurrent(g.guardianConsent, input.at) || isConsentCurrent(g.residentConsent, input.at));
  if (current.length === 0) return { reason: 'consent_expired', missingScope: needed };
  const consented = current.some((g) =>
    [g.guardianConsent, g.residentConsent].some((c) => isConsentCurrent(c, input.at) && c.scopes.includes(needed)),
  );
  return { reason: consented ? 'age_rule' : 'scope_missing', missingScope: needed };
}

/** The screen message for a refusal. */
export function denialMessage(decision: Extract<Decision, { allowed: false }>): string {
  const scope = decision.missingScope ? `“${SCOPE_LABELS[decision.missingScope]}”` : '';
  switch (decision.reason) {
    case 'guardian_pending':
      return '代管授权还没有生效：对方同意（或家庭医生团队当面核实）之前，只能浏览团队和服务包';
    case 'guardian_ended':
      return '代管授权已被撤销或未被同意，无法继续代办';
    case 'consent_expired':
      return '代管授权已过期（有效期12个月），请续期后再办理';
    case 'age_rule':
      return `对方已满14或18周岁，${scope}需要本人同意后才能代办`;
    case 'scope_missing':
      return `您没有${scope}的代管权限`;
    case 'own_case':
      return '不能核实与自己有关的代管授权，请由家庭医生团队的其他成员办理';
    case 'owner_only':
      return '这项操作只能由本人办理';
    case 'staff_other_team':
      return '该居民不属于您所在的家庭医生团队';
    default:
      return '您没有权限查看或办理该居民的事务';
  }
}
