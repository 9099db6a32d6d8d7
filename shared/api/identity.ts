import { z } from 'zod';
import { ZIdNumber, ZName, ZProfile } from './resident-profile';

/** The token `wx.startFacialRecognitionVerify` hands the mini-program; only WeChat can say what it proves. */
export const ZVerifyResult = z
  .string({ required_error: '请先完成人脸核身', invalid_type_error: '人脸核身结果无效，请重新核身' })
  .min(8, '人脸核身结果无效，请重新核身')
  .max(512, '人脸核身结果无效，请重新核身')
  .regex(/^[A-Za-z0-9_\-+/=.]+$/, '人脸核身结果无效，请重新核身');

/** The caller proves, by 人脸核身, that she is the person of her own (self-made) profile. */
export const ZVerifyIdentityInput = z.object({ verifyResult: ZVerifyResult }).strict();

/**
 * A person who proved by 人脸核身 that she is `name` with `idNumber` takes over the record of that
 * number, whoever made or held it (a relative, or someone who typed her number); the earlier holder
 * loses it. Her own record, not yet verified, is simply verified.
 */
export const ZClaimProfileInput = z.object({ name: ZName, idNumber: ZIdNumber, verifyResult: ZVerifyResult }).strict();

/** What a verification or a claim answers: the record as its owner sees it, and what happened. */
export const ZIdentityOutcome = z.object({
  outcome: z.enum(['verified', 'claimed']),
  profile: ZProfile,
});

export const ZIdentityCodeInput = z.object({}).strict();
/** A one-time code the person shows the team's staff, who check her ID card and type it in. */
export const ZIdentityCodeOutput = z.object({ code: z.string().regex(/^\d{6}$/), expiresAt: z.string() });

export const ZVerifyIdentityInPersonInput = z
  .object({
    code: z.string({ required_error: '请填写居民出示的6位核验码' }).trim().regex(/^\d{6}$/, '核验码是6位数字'),
    /** Read again from the ID card the person shows. */
    idNumber: ZIdNumber,
  })
  .strict();

/** What the staff member learns: whose record it is now, never more than a receipt. */
export const ZVerifyIdentityInPersonOutput = z.object({
  outcome: z.enum(['verified', 'claimed']),
  residentId: z.string(),
  residentName: z.string(),
});

export const identityActions = {
  'resident.verifyIdentity': { fn: 'resident', input: ZVerifyIdentityInput, output: ZIdentityOutcome },
  'resident.claimProfile': { fn: 'resident', input: ZClaimProfileInput, output: ZIdentityOutcome },
  'resident.identityCode': { fn: 'resident', input: ZIdentityCodeInput, output: ZIdentityCodeOutput },
  'resident.verifyIdentityInPerson': { fn: 'resident', input: ZVerifyIdentityInPersonInput, output: ZVerifyIdentityInPersonOutput },
} as const;
