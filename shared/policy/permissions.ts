import type { Scope } from './scopes';

/** Which guardians a permission admits: those holding a scope, or one of the special cases below. */
export type GuardianRule =
  | Scope
  /** Only about the guardian's own guardianship (the one the action is about), in any state. */
  | 'own'
  /** Their own guardianship, active, given as legal guardian of a minor. */
  | 'legal'
  /** Scope `view`, and only when the resident has no account of their own. */
  | 'view-unowned'
  | null;

/**
 * Which staff a permission admits.
 * - `current`: staff of a team looking after the resident now (home team, or a sojourn team for its dates);
 * - `home`: staff of the home team only;
 * - `stay`: staff of a sojourn team, only between its contract's first and last day;
 * - `addressed`: staff of the team an application (contract or sojourn registration) is addressed to,
 *   also before that team looks after the resident, never in a case of their own.
 */
export type StaffRule = 'current' | 'home' | 'stay' | 'addressed';

export interface PermissionRule {
  guardian: GuardianRule;
  staff: readonly StaffRule[];
  /** The resident may do it (default); false leaves it to others, e.g. checking consent. */
  self?: false;
  /** Nobody acts in a case of their own (as resident, as the guardian concerned, as the one who applied). */
  notSelf?: true;
  /**
   * The resident holds it only once her identity is verified (人脸核身 or in person): what is meant for
   * the real person (her family's requests, who asked for her, her access record) never reaches someone
   * who only typed her name and ID number.
   */
  verifiedSelf?: true;
}

/**
 * Every permission of the product, one row each. The one place that says who may do what to a
 * resident's data; `decide` reads it and nothing else does.
 *
 * | permission        | the resident | a guardian                                 | staff                          |
 * |-------------------|--------------|--------------------------------------------|--------------------------------|
 * | profile.create    | yes          | their own new guardianship (in person)     | no                             |
 * | profile.read      | yes          | scope `view`                               | current team                   |
 * | records.read      | yes          | scope `view`                               | current team                   |
 * | profile.update    | yes          | scope `sign`                               | current team                   |
 * | contract.sign     | yes          | scope `sign`                               | no                             |
 * | contract.read     | yes          | scope `view`                               | current team, addressed team   |
 * | contract.review   | no           | no                                         | addressed team, not own case   |
 * | appointment.book  | yes          | scope `book`                               | current team                   |
 * | appointment.attend| no           | no                                         | the booking's team, not own    |
 * | visit.record      | no           | no                                         | the booking's or contract's team, not own |
 * | visit.rate        | yes          | scope `book`                               | no                             |
 * | reminders.manage  | yes          | scope `reminders`                          | current team                   |
 * | reminders.read    | yes          | scope `reminders`                          | current team                   |
 * | prescriptions.write | no         | no                                         | current team                   |
 * | readings.read     | yes          | scope `view`                               | current team                   |
 * | readings.record   | yes          | scope `reminders`                          | current team                   |
 * | readings.followUp | no           | no                                         | current team, not own case     |
 * | risk.confirm      | no           | no                                         | current team, not own case     |
 * | stay.care         | yes          | scope `view`                               | sojourn team during the stay   |
 * | stay.summary      | yes          | scope `view`                               | home team                      |
 * | stay.note         | no           | no                                         | sojourn team during the stay   |
 * | access.request    | no           | their own new request                      | no                             |
 * | access.list       | yes          | no                                         | current team                   |
 * | access.respond    | yes          | no                                         | no                             |
 * | access.revoke     | yes          | their own guardianship only, any state     | current team (in person)       |
 * | access.verify     | no           | no                                         | current team, not own case     |
 * | access.renew      | yes          | their own, as legal guardian of a minor    | no (they verify)               |
 * | audit.read        | yes          | scope `view`, when the resident has no account of their own | no            |
 * | identity.read     | yes          | no                                         | no                             |
 * | identity.verify   | no           | no                                         | current team, not own case     |
 * | identity.claim    | yes, having just proved it | no                           | no                             |
 *
 * `access.list`, `access.respond`, `access.revoke` and `audit.read` admit the resident only once her identity is
 * verified (`verifiedSelf`); an unverified holder of a self-made profile is refused them with
 * `identity_unverified`.
 *
 * `identity.read` is the exact birth date: beside the masked ID number and the address it would
 * narrow the ID number down to a few hundred, so everyone but the resident sees the age instead.
 *
 * To add a permission: add a row here (and to the table above), add its line to the matrix test in
 * `tests/unit/resident-policy.test.ts` (the test does not compile until every permission has one),
 * and in the function call `authorize(ctx, { residentId, permission })` from `core/policy`, which
 * loads the facts, asks `decide`, writes the access record and throws FORBIDDEN on a refusal.
 */
export const PERMISSIONS = {
  'profile.create': { guardian: 'own', staff: [] },
  'profile.read': { guardian: 'view', staff: ['current'] },
  'records.read': { guardian: 'view', staff: ['current'] },
  'profile.update': { guardian: 'sign', staff: ['current'] },
  'contract.sign': { guardian: 'sign', staff: [] },
  'contract.read': { guardian: 'view', staff: ['current', 'addressed'] },
  'contract.review': { guardian: null, staff: ['addressed'], self: false, notSelf: true },
  'appointment.book': { guardian: 'book', staff: ['current'] },
  // The "application" is the booking (or, for a service outside a booking, the contract): its team.
  'appointment.attend': { guardian: null, staff: ['addressed'], self: false, notSelf: true },
  'visit.record': { guardian: null, staff: ['addressed'], self: false, notSelf: true },
  'visit.rate': { guardian: 'book', staff: [] },
  'reminders.manage': { guardian: 'reminders', staff: ['current'] },
  'reminders.read': { guardian: 'reminders', staff: ['current'] },
  'prescriptions.write': { guardian: null, staff: ['current'], self: false },
  'readings.read': { guardian: 'view', staff: ['current'] },
  'readings.record': { guardian: 'reminders', staff: ['current'] },
  'readings.followUp': { guardian: null, staff: ['current'], self: false, notSelf: true },
  'risk.confirm': { guardian: null, staff: ['current'], self: false, notSelf: true },
  'stay.care': { guardian: 'view', staff: ['stay'] },
  'stay.summary': { guardian: 'view', staff: ['home'] },
  // The closing note is the sojourn team's word to the home team: the resident and family read it, never write it.
  'stay.note': { guardian: null, staff: ['stay'], self: false },
  'access.request': { guardian: 'own', staff: [], self: false },
  'access.list': { guardian: null, staff: ['current'], verifiedSelf: true },
  'access.respond': { guardian: null, staff: [], verifiedSelf: true },
  'access.revoke': { guardian: 'own', staff: ['current'], verifiedSelf: true },
  'access.verify': { guardian: null, staff: ['current'], self: false, notSelf: true },
  'access.renew': { guardian: 'legal', staff: [] },
  'audit.read': { guardian: 'view-unowned', staff: [], verifiedSelf: true },
  'identity.read': { guardian: null, staff: [] },
  // Staff of her team check her identity card face to face and bind her WeChat account to her record.
  'identity.verify': { guardian: null, staff: ['current'], self: false, notSelf: true },
  // A person who proved her identity takes over (or confirms) the record of her ID number.
  'identity.claim': { guardian: null, staff: [] },
} as const satisfies Record<string, PermissionRule>;

export type Permission = keyof typeof PERMISSIONS;

export function isPermission(name: string): name is Permission {
  return Object.prototype.hasOwnProperty.call(PERMISSIONS, name);
}
