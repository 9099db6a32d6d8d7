import type { Profile } from '../../../shared/api/resident-profile';
import type { Guardianship } from '../../../shared/api/guardianship';
import { ageOn } from '../../../shared/resident/age';
import { classify } from '../../../shared/resident/classification';
import { effectiveScopes, isConsentCurrent, nextAccessChange, type Consent } from '../../../shared/policy/consent';
import type { Scope } from '../../../shared/policy/scopes';
import type { GuardianshipDoc } from '../guardianships/guardianship-repository';
import type { ResidentDoc } from './resident-repository';

const iso = (d: Date | string) => new Date(d).toISOString();

/**
 * A profile as replies carry it: the ID number only masked, the classifications computed for `now`.
 * The reply schema checks the mask again.
 */
export function toProfile(doc: ResidentDoc, viewer: { as: 'self' | 'guardian' | 'staff'; scopes: Scope[] }, now: Date): Profile {
  return {
    id: doc._id,
    name: doc.name,
    gender: doc.gender,
    birthDate: doc.birthDate,
    age: ageOn(doc.birthDate, now),
    idNumberMasked: doc.idMasked,
    phone: doc.phone,
    address: doc.address,
    gridId: doc.gridId,
    conditions: doc.conditions,
    pregnancy: doc.pregnancy,
    disability: doc.disability,
    livesAlone: doc.livesAlone,
    riskFactors: doc.riskFactors,
    hasOwnAccount: doc.ownerOpenid !== null,
    classification: classify(doc, now),
    viewer,
    createdAt: iso(doc.createdAt),
    updatedAt: iso(doc.updatedAt),
  };
}

function toConsent(c: Consent | null, now: Date) {
  if (!c) return null;
  return { scopes: c.scopes, at: iso(c.at), expiresAt: iso(c.expiresAt), method: c.method, current: isConsentCurrent(c, now) };
}

/**
 * A guardianship as replies carry it. `birthDate` drives the age rules; `showNextChange` is false
 * for a guardian who may not see the resident's profile, as the change date can reveal a birthday.
 */
export function toGuardianship(doc: GuardianshipDoc, birthDate: string, now: Date, showNextChange: boolean): Guardianship {
  const next = showNextChange ? nextAccessChange(doc, birthDate, now) : null;
  return {
    id: doc._id,
    residentId: doc.residentId,
    residentName: doc.residentName,
    guardianName: doc.guardianName,
    relation: doc.relation,
    consentRoute: doc.consentRoute,
    status: doc.status,
    requestedScopes: doc.requestedScopes,
    effectiveScopes: effectiveScopes(doc, birthDate, now),
    guardianConsent: toConsent(doc.guardianConsent, now),
    residentConsent: toConsent(doc.residentConsent, now),
    nextChange: next ? { at: iso(next.at), scopes: next.scopes } : null,
    createdAt: iso(doc.createdAt),
    updatedAt: iso(doc.updatedAt),
  };
}

/** The guardianship as its own guardian sees it. */
export function guardianView(doc: GuardianshipDoc, resident: ResidentDoc, now: Date): Guardianship {
  return toGuardianship(doc, resident.birthDate, now, effectiveScopes(doc, resident.birthDate, now).includes('view'));
}
