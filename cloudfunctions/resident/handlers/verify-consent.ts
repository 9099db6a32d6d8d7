import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { once } from '../../core/idempotency';
import { authorize } from '../../core/policy/authorize';
import { consentGiven, GuardianshipRepository } from '../../core/guardianships/guardianship-repository';
import { checkScopesWithin, loadGuardianship } from '../../core/guardianships/guardianship-checks';
import { idLookupHmac } from '../../core/residents/id-protection';
import { toGuardianship } from '../../core/residents/views';
import { AGE_OF_CONSENT, AGE_OF_MAJORITY, consentingParty } from '../../../shared/policy/consent';
import { withdrawSignedBy } from '../../core/contracts/signer-withdrawal';
import { ageOn } from '../../../shared/resident/age';

function isMinorFrom14(birthDate: string, now: Date): boolean {
  const age = ageOn(birthDate, now);
  return age >= AGE_OF_CONSENT && age < AGE_OF_MAJORITY;
}

/**
 * A staff member of the resident's team records, face to face, the consent of a resident without
 * WeChat, or for a child under 14 the consent of their legal guardian, after reading the resident's
 * ID card again. It also renews such a consent, or records that the resident refuses: a refusal
 * ends the guardianship, except that a minor of 14 to 17 withdraws only their own consent.
 */
export const verifyConsent: Handler<'resident.verifyConsent'> = async ({ guardianshipId, idNumber, approve, scopes }, ctx) => {
  const now = ctx.now();
  const g = await loadGuardianship(ctx, guardianshipId);
  const { resident } = await authorize(ctx, { residentId: g.residentId, permission: 'access.verify', target: g });
  if (g.consentRoute !== 'in_person') throw new AppError('NOT_ELIGIBLE', '该居民有自己的账号，需要本人在小程序中同意');
  if (g.status !== 'pending' && g.status !== 'active') throw new AppError('CONFLICT', '这条代管申请已经结束，需要重新申请');
  if (idLookupHmac(idNumber) !== resident.idHmac) {
    throw new AppError('INVALID_INPUT', '与档案中的身份证号码不一致，请核对本人身份证', 'idNumber');
  }
  if (approve) checkScopesWithin(g.requestedScopes, scopes!);
  const repo = new GuardianshipRepository(ctx.db);
  await once(ctx, async () => {
    if (approve) {
      const consent = consentGiven(scopes!, now, 'in_person', ctx.openid);
      const party = consentingParty(resident.birthDate, now) === 'guardian' ? 'guardianConsent' : 'residentConsent';
      await repo.transition(g._id, ['pending', 'active'], { status: 'active', [party]: consent }, now);
    } else if (g.status === 'active' && g.guardianConsent && isMinorFrom14(resident.birthDate, now)) {
      // A minor of 14 or more withdraws only what they agreed to; the legal guardian keeps view and book.
      await repo.transition(g._id, ['active'], { residentConsent: null }, now);
    } else {
      await repo.transition(g._id, [g.status], { status: g.status === 'pending' ? 'declined' : 'revoked', endedAt: now, endedBy: 'staff' }, now);
    }
    if (!approve) await withdrawSignedBy(ctx, g);
    return null;
  });
  return toGuardianship((await repo.find(g._id))!, resident.birthDate, now, true);
};
