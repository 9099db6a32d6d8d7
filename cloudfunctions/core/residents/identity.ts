import crypto from 'node:crypto';
import type { Ctx } from '../context';
import { AppError } from '../errors';
import { AuditLog, type AuditDoc } from '../audit/audit-log';
import { familyNotices } from '../guardianships/family-notices';
import { GuardianshipRepository } from '../guardianships/guardianship-repository';
import { lookUpFaceResult } from '../wx/face-verify';
import { isIdentityVerified, ResidentRepository, type IdentityProof, type ResidentDoc } from './resident-repository';
import { tellEarlierHolder } from './claim-notice';
import { normalizeIdNumber } from '../../../shared/resident/id-number';

/** A face check older than this is not taken: the person verifies again, it takes a few seconds. */
export const FACE_RESULT_MAX_AGE_MS = 30 * 60_000;

const md5 = (text: string) => crypto.createHash('md5').update(text, 'utf8').digest('hex');

const refuse = (message: string) => new AppError('INVALID_INPUT', message, 'verifyResult');

/**
 * Checks with WeChat that `verifyResult` is a passed 人脸核身 of the caller's own account, done in
 * the last half hour, for exactly this name and ID number. Reads only; the caller spends it.
 */
export async function checkFaceResult(ctx: Ctx, verifyResult: string, person: { name: string; idNumber: string }): Promise<void> {
  const lookup = await lookUpFaceResult(ctx, verifyResult);
  if (!lookup.ok) throw refuse('人脸核身结果无效或已过期，请重新核身');
  const r = lookup.result;
  // A result handed over from another account proves nothing about the caller.
  if (r.openid !== ctx.openid) throw refuse('人脸核身结果无效或已过期，请重新核身');
  if (r.identifyRet !== 0) throw refuse('人脸核身没有通过，请重新核身');
  const age = ctx.now().getTime() - r.identifiedAt.getTime();
  if (!(age <= FACE_RESULT_MAX_AGE_MS && age > -5 * 60_000)) throw refuse('人脸核身结果已过期，请重新核身');
  if (r.idCardNumberMd5 !== md5(normalizeIdNumber(person.idNumber)) || r.nameMd5 !== md5(person.name.trim())) {
    throw refuse('人脸核身所用的姓名或身份证号与档案不一致');
  }
}

/**
 * Makes the person who proved her identity (`proof.openid`) the verified owner of `resident`: her
 * own record is marked verified; a record made or held by anyone else is taken over, and its earlier
 * holder loses it and is told so (`claim-notice.ts`). Family requests made in person for a record without an account are now hers to
 * answer in the app; requests that waited for her are announced to her. The event goes into her
 * access record. Runs inside the caller's `once`.
 */
export async function bindIdentity(ctx: Ctx, resident: ResidentDoc, proof: IdentityProof): Promise<'verified' | 'claimed'> {
  // One time for the whole step: the proof's, which its caller took at the start of the request.
  const now = proof.at;
  const residents = new ResidentRepository(ctx.db);
  const guardianships = new GuardianshipRepository(ctx.db);
  const alreadyHers = resident.ownerOpenid === proof.openid && isIdentityVerified(resident);
  let outcome: 'verified' | 'claimed' = 'verified';
  if (resident.ownerOpenid === proof.openid) {
    await residents.verifyOwner(resident._id, proof, now);
  } else {
    const own = await residents.findOwnedBy(proof.openid);
    if (own) throw new AppError('CONFLICT', '这个微信账号已经有自己的健康档案（另一个身份证号），不能再认领', 'idNumber');
    await residents.takeOver(resident._id, resident.ownerOpenid, proof, now);
    outcome = 'claimed';
    await tellEarlierHolder(ctx, resident, proof);
  }
  // A staff member's check is in the record already (as their access); her own proof and any claim are added.
  if (proof.method === 'face' || outcome === 'claimed') {
    const entry: AuditDoc = {
      residentId: resident._id, actorOpenid: proof.openid, actorKind: 'self', actorLabel: '本人',
      action: outcome === 'claimed' ? 'resident.claimProfile' : 'resident.verifyIdentity',
      permission: 'identity.claim', allowed: true, reason: null, at: now,
    };
    await new AuditLog(ctx.db).record(entry);
  }

  if (alreadyHers) return outcome;
  for (const g of await guardianships.forResident(resident._id)) {
    if (g.status !== 'pending') continue;
    const held = g.consentRoute === 'in_person' ? await guardianships.transition(g._id, ['pending'], { consentRoute: 'in_app' }, now) : g;
    if (held.guardianOpenid !== proof.openid) await familyNotices.requested(ctx, held, proof.openid);
  }
  return outcome;
}
