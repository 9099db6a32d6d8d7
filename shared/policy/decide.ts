import { ageOn } from '../resident/age';
import { AGE_OF_MAJORITY, effectiveScopes, isConsentCurrent, type GuardianshipFacts } from './consent';
import { PERMISSIONS, type GuardianRule, type Permission, type PermissionRule, type StaffRule } from './permissions';
import type { Scope } from './scopes';
import { isCurrentTeam, type CurrentTeams } from './teams';

export { PERMISSIONS, isPermission, type Permission } from './permissions';

/**
 * Who may do what to which resident: the one place this is decided, over the table in
 * `permissions.ts`. Functions load the facts (`core/policy/authorize.ts`) and ask.
 *
 * "The resident" is the account that owns the profile; a profile kept for someone without WeChat has
 * none. A guardian's scopes are those of `effectiveScopes` (active, consented, not expired, age
 * rules). Staff count by the permission's staff rule over the resident's current teams
 * (`currentTeams`: the home team of the active regular contract or, without one, of the grid; and a
 * sojourn team for its contract's dates) or the team an application is addressed to.
 * Anyone else is refused.
 */
export interface PolicyInput {
  permission: Permission;
  actor: { openid: string; staffTeamId: string | null };
  /** `identityVerified`: the owner proved she is the person of the record (人脸核身 or in person). */
  resident: { ownerOpenid: string | null; birthDate: string; identityVerified: boolean };
  teams: CurrentTeams;
  /** The actor's guardianships of this resident. */
  guardianships: readonly GuardianshipFacts[];
  /** The guardianship an `access.*` action is about, if any. */
  target?: GuardianshipFacts;
  /** The application an `addressed` staff rule is about: the team it is addressed to and who applied. */
  application?: { teamId: string; signedBy: string | null };
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
  | 'owner_only'
  | 'identity_unverified';

export type Decision =
  | { allowed: true; as: ActorKind; scopes: Scope[] }
  | { allowed: false; as: ActorKind; reason: DenyReason; missingScope?: Scope };

const ALL_SCOPES: Scope[] = ['view', 'book', 'sign', 'reminders'];

/** True when the actor's team is one the rule admits, leaving aside whether the case is their own. */
function staffInReach(rule: StaffRule, input: PolicyInput): boolean {
  const team = input.actor.staffTeamId;
  if (team === null) return false;
  switch (rule) {
    case 'current':
      return isCurrentTeam(input.teams, team);
    case 'home':
      return input.teams.home === team;
    case 'stay':
      return input.teams.sojourn.includes(team);
    case 'addressed':
      return input.application?.teamId === team;
  }
}

export function decide(input: PolicyInput): Decision {
  const { permission, actor, resident, at } = input;
  const rule: PermissionRule = PERMISSIONS[permission];
  const isSelf = resident.ownerOpenid !== null && resident.ownerOpenid === actor.openid;
  const mine = input.guardianships.filter((g) => g.guardianOpenid === actor.openid);
  const scopes = [...new Set(mine.flatMap((g) => effectiveScopes(g, resident.birthDate, at)))] as Scope[];
  const ownCase = isSelf || input.target?.guardianOpenid === actor.openid || input.application?.signedBy === actor.openid;
  const inReach = rule.staff.filter((r) => staffInReach(r, input));
  // The team an application is addressed to never handles one its member made or signed for family.
  const staffOk = inReach.some((r) => r !== 'addressed' || !ownCase);

  if (rule.notSelf && ownCase) {
    const as: ActorKind = isSelf ? 'self' : mine.length > 0 ? 'guardian' : inReach.length > 0 ? 'staff' : 'other';
    const reason: DenyReason = inReach.length > 0 ? 'own_case' : actor.staffTeamId !== null ? 'staff_other_team' : 'not_related';
    return { allowed: false, as, reason };
  }
  if (isSelf && rule.self !== false) {
    if (rule.verifiedSelf && !resident.identityVerified) return { allowed: false, as: 'self', reason: 'identity_unverified' };
    return { allowed: true, as: 'self', scopes: [...ALL_SCOPES] };
  }
  if (mine.length > 0 && guardianAllowed(rule.guardian, input, mine, scopes)) return { allowed: true, as: 'guardian', scopes };
  if (staffOk) return { allowed: true, as: 'staff', scopes: [] };

  if (mine.length > 0) return { allowed: false, as: 'guardian', ...guardianDenial(rule.guardian, input, mine) };
  if (actor.staffTeamId !== null) {
    const known = inReach.length > 0 || isCurrentTeam(input.teams, actor.staffTeamId);
    return { allowed: false, as: 'staff', reason: known ? 'owner_only' : 'staff_other_team' };
  }
  return { allowed: false, as: isSelf ? 'self' : 'other', reason: 'not_related' };
}

function guardianAllowed(rule: GuardianRule, input: PolicyInput, mine: readonly GuardianshipFacts[], scopes: readonly Scope[]): boolean {
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

function guardianDenial(rule: GuardianRule, input: PolicyInput, mine: readonly GuardianshipFacts[]): { reason: DenyReason; missingScope?: Scope } {
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
