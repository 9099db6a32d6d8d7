import type { Profile, ProfileReceipt } from '../../../shared/api/resident-profile';
import { viewerHolds, type Viewer } from '../../../shared/policy/disclosure';
import { maskIdNumber } from '../../../shared/resident/id-number';
import type { Guardianship } from '../../../shared/api/guardianship';
import { ageOn } from '../../../shared/resident/age';
import { classify } from '../../../shared/resident/classification';
import { effectiveScopes, isConsentCurrent, nextAccessChange, type Consent } from '../../../shared/policy/consent';
import type { GuardianshipDoc } from '../guardianships/guardianship-repository';
import { isIdentityVerified, type ResidentDoc } from './resident-repository';

const iso = (d: Date | string) => new Date(d).toISOString();

/**
 * A profile as replies carry it, for a viewer who may read it: the ID number only masked, the exact
 * birth date only for the resident, the classifications computed for `now`. The reply schema checks
 * the mask again.
 */
export function toProfile(doc: ResidentDoc, viewer: Viewer, now: Date): Profile {
  if (!viewerHolds(viewer, 'profile.read')) throw new Error('toProfile for a viewer who may not read the profile');
  return {
    id: doc._id,
    name: doc.name,
    gender: doc.gender,
    birthDate: viewerHolds(viewer, 'identity.read') ? doc.birthDate : null,
    age: ageOn(doc.birthDate, now),
    idNumberMasked: maskIdNumber(doc.idMasked),
    phone: doc.phone,
    address: doc.address,
    gridId: doc.gridId,
    conditions: doc.conditions,
    pregnancy: doc.pregnancy,
    disability: doc.disability,
    livesAlone: doc.livesAlone,
    riskFactors: doc.riskFactors,
    hasOwnAccount: doc.ownerOpenid !== null,
    identity: isIdentityVerified(doc)
      ? { verified: true, method: doc.identity!.method, at: iso(doc.identity!.at) }
      : { verified: false, method: null, at: null },
    classification: classify(doc, now),
    viewer: { as: viewer.as, scopes: [...viewer.scopes] },
    createdAt: iso(doc.createdAt),
    updatedAt: iso(doc.updatedAt),
  };
}

/**
 * The reply to a change of a profile: the profile for a viewer who may read it, else only that it
 * was saved. Every reply about a profile goes through here or `toProfile`.
 */
export function profileReply(doc: ResidentDoc, viewer: Viewer, now: Date): Profile | ProfileReceipt {
  if (viewerHolds(viewer, 'profile.read')) return toProfile(doc, viewer, now);
  return { id: doc._id, saved: true, viewer: { as: viewer.as, scopes: [...viewer.scopes] }, updatedAt: iso(doc.updatedAt) };
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
