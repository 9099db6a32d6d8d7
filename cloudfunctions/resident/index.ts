import { defineFunction } from '../core/define-function';
import { me } from './handlers/me';
import { setElderMode } from './handlers/set-elder-mode';
import { recordSubscriptions } from './handlers/record-subscriptions';
import { createProfile } from './handlers/create-profile';
import { getProfile } from './handlers/get-profile';
import { updateProfile } from './handlers/update-profile';
import { listMine } from './handlers/list-mine';
import { requestAccess } from './handlers/request-access';
import { respondToRequest } from './handlers/respond-to-request';
import { revokeAccess } from './handlers/revoke-access';
import { verifyConsent } from './handlers/verify-consent';
import { renewConsent } from './handlers/renew-consent';
import { listGuardians } from './handlers/list-guardians';
import { pendingConsents } from './handlers/pending-consents';
import { auditTrail } from './handlers/audit-trail';
import { wechatPhone } from './handlers/wechat-phone';
import { readIdCard } from './handlers/read-id-card';
import { verifyIdentity } from './handlers/verify-identity';
import { claimProfile } from './handlers/claim-profile';
import { identityCode } from './handlers/identity-code';
import { verifyIdentityInPerson } from './handlers/verify-identity-in-person';

/** Accounts, resident profiles, identity verification and claims, proxy access (代管) and the access record. */
export const main = defineFunction('resident', {
  me,
  setElderMode,
  recordSubscriptions,
  createProfile,
  getProfile,
  updateProfile,
  listMine,
  requestAccess,
  respondToRequest,
  revokeAccess,
  verifyConsent,
  renewConsent,
  listGuardians,
  pendingConsents,
  auditTrail,
  wechatPhone,
  readIdCard,
  verifyIdentity,
  claimProfile,
  identityCode,
  verifyIdentityInPerson,
});
