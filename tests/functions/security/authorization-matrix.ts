import type { ActionName } from '../../../shared/api';

/** Every kind of caller the matrix tries each action as, in the order of the table's columns. */
export const ACTORS = [
  'self',
  'guardian:view',
  'guardian:book',
  'guardian:sign',
  'guardian:reminders',
  'pending',
  'refused',
  'revoked',
  'expired',
  'other resident',
  'staff of her team',
  'staff of another team',
  'sojourn staff, stay on',
  'sojourn staff, stay over',
  'anonymous',
  'server',
] as const;
export type Actor = (typeof ACTORS)[number];

/**
 * Y: past the policy (the action may still refuse on the state of things: CONFLICT, NOT_ELIGIBLE);
 * F: FORBIDDEN, audited; U: UNAUTHENTICATED; N: NOT_FOUND (nothing says the thing exists);
 * V: INVALID_INPUT past the policy: asking for proxy access to one's own record, a WeChat code, a face
 *    check result, an identity code or an ID card photo that the matrix does not make (their own
 *    suites cover the success).
 */
export type Outcome = 'Y' | 'F' | 'U' | 'N' | 'V';

/**
 * Every action of the registry, tried by every kind of caller on 李桂兰 (80; her own account, an
 * active contract with the 石龙湖 team, wintering with the 思茅 sojourn team; see matrix-world.ts).
 * Actions on the caller's own things (me, notices, quota) and public ones (the map, a team's card and
 * ratings) are open to every signed-in caller. A new action does not compile until it has a row.
 *
 * Columns: self, guardian by scope (view book sign reminders), guardian pending / refused / revoked /
 * expired, another resident, staff of her team, staff of another team, the sojourn team's staff while
 * she stays and after she left, no identity, a server-side caller with no WeChat identity.
 */
export const MATRIX: Record<ActionName, string> = {
  //                                self view book sign rem  pend refd revk expd othr stf  stf2 soj  gone anon srv
  'resident.me':                   'Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    U    U',
  'resident.setElderMode':         'Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    U    U',
  'resident.recordSubscriptions':  'Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    U    U',
  'resident.createProfile':        'Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    U    U',
  'resident.getProfile':           'Y    Y    F    F    F    F    F    F    F    F    Y    F    Y    F    U    U',
  'resident.updateProfile':        'Y    F    F    Y    F    F    F    F    F    F    Y    F    Y    F    U    U',
  'resident.listMine':             'Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    U    U',
  'resident.requestAccess':        'V    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    U    U',
  'resident.respondToRequest':     'Y    F    F    F    F    F    F    F    F    F    F    F    F    F    U    U',
  'resident.revokeAccess':         'Y    Y    Y    Y    Y    Y    Y    Y    Y    F    Y    F    Y    F    U    U',
  'resident.verifyConsent':        'F    F    F    F    F    F    F    F    F    F    Y    F    Y    F    U    U',
  'resident.renewConsent':         'Y    F    F    F    F    F    F    F    F    F    F    F    F    F    U    U',
  'resident.listGuardians':        'Y    F    F    F    F    F    F    F    F    F    Y    F    Y    F    U    U',
  'resident.pendingConsents':      'F    F    F    F    F    F    F    F    F    F    Y    Y    Y    Y    U    U',
  'resident.auditTrail':           'Y    F    F    F    F    F    F    F    F    F    F    F    F    F    U    U',
  'resident.wechatPhone':         'V    V    V    V    V    V    V    V    V    V    V    V    V    V    U    U',
  'resident.readIdCard':          'F    F    F    F    F    F    F    F    F    F    V    V    V    V    U    U',
  'resident.verifyIdentity':       'V    N    N    N    N    N    N    N    N    V    N    N    N    N    U    U',
  'resident.claimProfile':         'V    V    V    V    V    V    V    V    V    V    V    V    V    V    U    U',
  'resident.identityCode':         'Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    U    U',
  'resident.verifyIdentityInPerson': 'F  F    F    F    F    F    F    F    F    F    V    V    V    V    U    U',
  'grid.locate':                   'Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    U    U',
  'grid.search':                   'Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    U    U',
  'grid.team':                     'Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    U    U',
  'grid.map':                      'Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    U    U',
  'contract.packages':             'Y    F    F    Y    F    F    F    F    F    F    F    F    F    F    U    U',
  'contract.preview':              'Y    F    F    Y    F    F    F    F    F    F    F    F    F    F    U    U',
  'contract.apply':                'Y    F    F    Y    F    F    F    F    F    F    F    F    F    F    U    U',
  'contract.switchTeam':           'Y    F    F    Y    F    F    F    F    F    F    F    F    F    F    U    U',
  'contract.renew':                'Y    F    F    Y    F    F    F    F    F    F    F    F    F    F    U    U',
  'contract.cancel':               'Y    F    F    Y    F    F    F    F    F    F    F    F    F    F    U    U',
  'contract.review':               'F    F    F    F    F    F    F    F    F    F    Y    F    F    F    U    U',
  'contract.reviewQueue':          'F    F    F    F    F    F    F    F    F    F    Y    Y    Y    Y    U    U',
  'contract.reviewHistory':       'F    F    F    F    F    F    F    F    F    F    Y    Y    Y    Y    U    U',
  'contract.get':                  'Y    Y    F    F    F    F    F    F    F    F    Y    F    Y    F    U    U',
  'contract.agreement':            'Y    Y    F    F    F    F    F    F    F    F    Y    F    Y    F    U    U',
  'contract.mine':                 'Y    Y    F    F    F    F    F    F    F    F    Y    F    Y    F    U    U',
  'contract.overview':             'Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    U    U',
  'contract.notices':              'Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    U    U',
  'contract.readNotices':          'Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    U    U',
  'appointment.publish':           'F    F    F    F    F    F    F    F    F    F    Y    N    N    N    U    U',
  'appointment.slots':             'Y    F    Y    F    F    F    F    F    F    F    Y    F    Y    F    U    U',
  'appointment.book':              'Y    F    Y    F    F    F    F    F    F    F    Y    F    Y    F    U    U',
  'appointment.cancel':            'Y    F    Y    F    F    F    F    F    F    F    Y    F    Y    F    U    U',
  'appointment.mine':              'Y    F    Y    F    F    F    F    F    F    F    Y    F    Y    F    U    U',
  'appointment.reschedule':        'Y    F    Y    F    F    F    F    F    F    F    Y    F    Y    F    U    U',
  'appointment.wait':              'Y    F    Y    F    F    F    F    F    F    F    Y    F    Y    F    U    U',
  'appointment.close':             'F    F    F    F    F    F    F    F    F    F    Y    N    N    N    U    U',
  'appointment.roster':            'F    F    F    F    F    F    F    F    F    F    Y    Y    Y    Y    U    U',
  'appointment.adjust':            'F    F    F    F    F    F    F    F    F    F    Y    N    N    N    U    U',
  'appointment.mark':              'F    F    F    F    F    F    F    F    F    F    Y    F    F    F    U    U',
  'appointment.recordVisit':       'F    F    F    F    F    F    F    F    F    F    Y    F    F    F    U    U',
  'appointment.fulfilment':        'Y    Y    F    F    F    F    F    F    F    F    Y    F    Y    F    U    U',
  'appointment.rate':              'Y    F    Y    F    F    F    F    F    F    F    F    F    F    F    U    U',
  'appointment.teamRatings':       'Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    U    U',
  'reminder.overview':             'Y    F    F    F    Y    F    F    F    F    F    Y    F    Y    F    U    U',
  'reminder.savePlan':             'Y    F    F    F    Y    F    F    F    F    F    Y    F    Y    F    U    U',
  'reminder.endPlan':              'Y    F    F    F    Y    F    F    F    F    F    Y    F    Y    F    U    U',
  'reminder.confirmDose':          'Y    F    F    F    Y    F    F    F    F    F    Y    F    Y    F    U    U',
  'reminder.setPrescriptions':     'F    F    F    F    F    F    F    F    F    F    Y    F    Y    F    U    U',
  'reminder.quota':                'Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    U    U',
  'health.record':                 'Y    F    F    F    Y    F    F    F    F    F    Y    F    Y    F    U    U',
  'health.chart':                  'Y    Y    F    F    F    F    F    F    F    F    Y    F    Y    F    U    U',
  'health.triage':                 'F    F    F    F    F    F    F    F    F    F    Y    Y    Y    Y    U    U',
  'health.followUp':               'F    F    F    F    F    F    F    F    F    F    Y    F    Y    F    U    U',
  'health.confirmRisk':            'F    F    F    F    F    F    F    F    F    F    Y    F    Y    F    U    U',
  'sojourn.register':              'Y    F    F    Y    F    F    F    F    F    F    F    F    F    F    U    U',
  'sojourn.mine':                  'Y    Y    F    F    F    F    F    F    F    F    Y    F    Y    F    U    U',
  'sojourn.review':                'F    F    F    F    F    F    F    F    F    F    F    F    Y    Y    U    U',
  'sojourn.guests':                'F    F    F    F    F    F    F    F    F    F    F    F    Y    Y    U    U',
  'sojourn.extend':                'Y    F    F    Y    F    F    F    F    F    F    F    F    F    F    U    U',
  'sojourn.end':                   'Y    F    F    Y    F    F    F    F    F    F    F    F    F    F    U    U',
  'sojourn.closingNote':           'F    F    F    F    F    F    F    F    F    F    F    F    Y    F    U    U',
  'sojourn.summary':               'Y    Y    F    F    F    F    F    F    F    F    Y    F    F    F    U    U',
};

/** The outcomes a row of the table spells, one per kind of caller in the order of ACTORS. */
export const outcomesIn = (row: string): Outcome[] => row.trim().split(/\s+/) as Outcome[];
