import { z } from 'zod';
import { TEAM_PERMISSION_NAMES } from '../policy/team-actions';
import { SUBSCRIBE_TEMPLATE_SPECS, type SubscribeTemplateKey } from '../config/subscribe-templates';
import {
  ZCreateProfileInput,
  ZGetProfileInput,
  ZProfile,
  ZProfileReceipt,
  ZUpdateProfileInput,
} from './resident-profile';
import {
  ZAuditTrailInput,
  ZAuditTrailOutput,
  ZGuardianship,
  ZListGuardiansInput,
  ZListGuardiansOutput,
  ZListMineInput,
  ZListMineOutput,
  ZPendingConsentsInput,
  ZPendingConsentsOutput,
  ZRenewConsentInput,
  ZRequestAccessInput,
  ZRespondToRequestInput,
  ZRevokeAccessInput,
  ZVerifyConsentInput,
} from './guardianship';

import { identityActions } from './identity';

export const ZRole = z.enum(['resident', 'staff']);
export const ZStaffBinding = z.object({
  teamId: z.string(),
  /** The team's display name, e.g. 呈贡区石龙湖社区家庭医生团队. */
  teamName: z.string(),
  /** The staff member's own name. */
  name: z.string(),
  role: z.string(),
  /** What the staff member may do for the team as a whole (rows of the team policy table). */
  teamPermissions: z.array(z.enum(TEAM_PERMISSION_NAMES)),
});

/** The caller's account as the screens see it. */
export const ZAccount = z.object({
  openid: z.string(),
  nickname: z.string(),
  roles: z.array(ZRole),
  staff: ZStaffBinding.nullable(),
  elderMode: z.boolean(),
  createdAt: z.string(),
});
export type Account = z.infer<typeof ZAccount>;

export const ZMeInput = z.object({}).strict();
export const ZMeOutput = ZAccount;

export const ZSetElderModeInput = z.object({ enabled: z.boolean() }).strict();
export const ZSetElderModeOutput = ZAccount;

const TEMPLATE_KEYS = Object.keys(SUBSCRIBE_TEMPLATE_SPECS) as [SubscribeTemplateKey, ...SubscribeTemplateKey[]];
/**
 * The templates the user accepted in `requestSubscribeMessage` (one entry per acceptance). The answer
 * is how many messages of each template the product may still send them.
 */
export const ZRecordSubscriptionsInput = z.object({ accepted: z.array(z.enum(TEMPLATE_KEYS)).min(1).max(20) }).strict();
export const ZRecordSubscriptionsOutput = z.object({ remaining: z.record(z.string(), z.number().int()) });

/**
 * A profile made for oneself comes back whole; one made for a relative comes back as the pending
 * guardianship only, since the guardian may not read it until consent is verified.
 */
export const ZCreateProfileOutput = z.object({ profile: ZProfile.nullable(), guardianship: ZGuardianship.nullable() });

/** The one-time code of WeChat's getPhoneNumber button, to exchange for the caller's own number. */
export const ZWechatPhoneInput = z
  .object({ code: z.string({ required_error: '请重新点击“使用微信手机号”', invalid_type_error: '请重新点击“使用微信手机号”' }).trim().min(1, '请重新点击“使用微信手机号”').max(128, '微信授权码不正确') })
  .strict();
export const ZWechatPhoneOutput = z.object({ phone: z.string() });

/** A photo of the front of an ID card, by the temporary URL of its upload. */
export const ZReadIdCardInput = z
  .object({
    imageUrl: z
      .string({ required_error: '请先拍摄身份证', invalid_type_error: '请先拍摄身份证' })
      .trim()
      .max(2048, '照片地址不正确，请重新拍摄')
      .regex(/^https?:\/\/\S+$/, '照片地址不正确，请重新拍摄'),
  })
  .strict();
/** What the card says, for the staff member holding it; the full ID number goes nowhere else. */
export const ZReadIdCardOutput = z.object({
  name: z.string(),
  gender: z.enum(['male', 'female']),
  birthDate: z.string(),
  idNumber: z.string(),
  address: z.string(),
});

export const residentActions = {
  'resident.me': { fn: 'resident', input: ZMeInput, output: ZMeOutput },
  'resident.setElderMode': { fn: 'resident', input: ZSetElderModeInput, output: ZSetElderModeOutput },
  'resident.recordSubscriptions': { fn: 'resident', input: ZRecordSubscriptionsInput, output: ZRecordSubscriptionsOutput },
  'resident.createProfile': { fn: 'resident', input: ZCreateProfileInput, output: ZCreateProfileOutput },
  'resident.getProfile': { fn: 'resident', input: ZGetProfileInput, output: ZProfile },
  'resident.updateProfile': { fn: 'resident', input: ZUpdateProfileInput, output: z.union([ZProfileReceipt, ZProfile]) },
  'resident.listMine': { fn: 'resident', input: ZListMineInput, output: ZListMineOutput },
  'resident.requestAccess': { fn: 'resident', input: ZRequestAccessInput, output: ZGuardianship },
  'resident.respondToRequest': { fn: 'resident', input: ZRespondToRequestInput, output: ZGuardianship },
  'resident.revokeAccess': { fn: 'resident', input: ZRevokeAccessInput, output: ZGuardianship },
  'resident.verifyConsent': { fn: 'resident', input: ZVerifyConsentInput, output: ZGuardianship },
  'resident.renewConsent': { fn: 'resident', input: ZRenewConsentInput, output: ZGuardianship },
  'resident.listGuardians': { fn: 'resident', input: ZListGuardiansInput, output: ZListGuardiansOutput },
  'resident.pendingConsents': { fn: 'resident', input: ZPendingConsentsInput, output: ZPendingConsentsOutput },
  'resident.auditTrail': { fn: 'resident', input: ZAuditTrailInput, output: ZAuditTrailOutput },
  'resident.wechatPhone': { fn: 'resident', input: ZWechatPhoneInput, output: ZWechatPhoneOutput },
  'resident.readIdCard': { fn: 'resident', input: ZReadIdCardInput, output: ZReadIdCardOutput },
  ...identityActions,
} as const;
