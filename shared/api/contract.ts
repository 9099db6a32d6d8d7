import { z } from 'zod';
import { CONTRACT_STATUSES, PURPOSES } from '../contract/status';
import { PACKAGE_CODES } from '../contract/packages';
import { ZGender, ZMaskedIdNumber } from './resident-profile';
import { charCount, plainTextIssue, ZPlainText } from './plain-text';
import { ZChosenId } from './chosen-id';

const ZId = (label: string) => ZChosenId(label, 64);
const ZIso = z.string();

const ZPackageCode = z.enum(PACKAGE_CODES, { errorMap: () => ({ message: '服务包不正确，请重新选择' }) });
const ZPackageCodes = z
  .array(ZPackageCode, { required_error: '请选择服务包', invalid_type_error: '请选择服务包' })
  .max(PACKAGE_CODES.length, '服务包不正确，请重新选择')
  .refine((codes) => new Set(codes).size === codes.length, '服务包不能重复选择');
const ZReason = (label: string) => ZPlainText(label, 2, 200, true);
/** SHA-256 of the agreement text the person read, so that they sign exactly that text. */
const ZAgreementHash = z
  .string({ required_error: '请先阅读签约协议', invalid_type_error: '请先阅读签约协议' })
  .regex(/^[0-9a-f]{64}$/, '请先阅读签约协议');

export const ZStatus = z.enum(CONTRACT_STATUSES);
export const ZPurpose = z.enum(PURPOSES);
const ZFees = z.object({ totalYuan: z.number().int(), insuranceYuan: z.number().int(), selfPayYuan: z.number().int() });

export const ZTeamBrief = z.object({ id: z.string(), name: z.string(), institution: z.string(), phone: z.string() });

/** A package as offered by one team to one person. */
export const ZPackageOffer = z.object({
  code: ZPackageCode,
  name: z.string(),
  kind: z.enum(['basic', 'personalised']),
  summary: z.string(),
  services: z.array(z.string()),
  feeYuan: z.number().int(),
  /** What basic medical insurance pays, when the team says so (医保统筹支付). */
  insuranceYuan: z.number().int(),
  selfPayYuan: z.number().int(),
  coverageNote: z.string().nullable(),
  /** Who the package is for, in words. */
  forWhom: z.string(),
  /** The basic package is always part of a contract. */
  required: z.boolean(),
  /** Null when asked without a person. */
  eligible: z.boolean().nullable(),
  /** Why the person qualifies (已登记：高血压) or why not. */
  basis: z.string().nullable(),
  reason: z.string().nullable(),
  /** The reason is a fact missing from the health profile, which the person can add there. */
  fixInProfile: z.boolean(),
});
export type PackageOffer = z.infer<typeof ZPackageOffer>;

export const ZPackagesInput = z.object({ teamId: ZId('家庭医生团队'), residentId: ZId('签约居民').optional() }).strict();
export const ZPackagesOutput = z.object({ team: ZTeamBrief, packages: z.array(ZPackageOffer) });

const signing = {
  residentId: ZId('签约居民'),
  teamId: ZId('家庭医生团队'),
  packageCodes: ZPackageCodes,
};

/** What the agreement is drawn up for; the same values give the same text and hash. */
export const ZPreviewInput = z
  .object({ ...signing, purpose: ZPurpose.default('new'), previousContractId: ZId('原签约').optional() })
  .strict()
  .superRefine((v, ctx) => {
    if (v.purpose !== 'new' && !v.previousContractId) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['previousContractId'], message: '请选择要换签或续约的原签约' });
    }
  });
export const ZAgreementText = z.object({
  templateVersion: z.string(),
  title: z.string(),
  sections: z.array(z.object({ heading: z.string(), body: z.string() })),
  text: z.string(),
  hash: z.string(),
});
const ZPackageLine = z.object({
  code: ZPackageCode,
  name: z.string(),
  kind: z.enum(['basic', 'personalised']),
  feeYuan: z.number().int(),
  insuranceYuan: z.number().int(),
  selfPayYuan: z.number().int(),
  services: z.array(z.string()),
});
export const ZPreviewOutput = ZAgreementText.extend({ team: ZTeamBrief, packageCodes: z.array(ZPackageCode), packages: z.array(ZPackageLine), fees: ZFees });

export const ZApplyInput = z.object({ ...signing, agreementHash: ZAgreementHash }).strict();
export const ZSwitchTeamInput = z
  .object({ contractId: ZId('原签约'), teamId: ZId('新的家庭医生团队'), packageCodes: ZPackageCodes, reason: ZReason('换签原因'), agreementHash: ZAgreementHash })
  .strict();
export const ZRenewInput = z
  .object({ contractId: ZId('要续约的签约'), teamId: ZId('家庭医生团队'), packageCodes: ZPackageCodes, agreementHash: ZAgreementHash })
  .strict();
export const ZCancelInput = z.object({ contractId: ZId('签约'), reason: ZReason('解约或撤回原因') }).strict();
export const ZReviewInput = z
  .object({
    contractId: ZId('签约申请'),
    decision: z.enum(['approve', 'reject'], { errorMap: () => ({ message: '请选择通过或不通过' }) }),
    reason: z.string().trim().optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['reason'], message });
    const plain = v.reason ? plainTextIssue('理由', v.reason, true) : null;
    if (plain) return issue(plain);
    if (v.reason && charCount(v.reason) > 200) return issue('理由不能超过200个字');
    if (v.decision === 'reject' && (!v.reason || charCount(v.reason) < 2)) issue('请填写不通过的理由（至少2个字），居民会看到');
  });

export const ZTimelineStep = z.object({
  key: z.enum(['submitted', 'review', 'active', 'expiring', 'ended']),
  title: z.string(),
  at: ZIso.nullable(),
  state: z.enum(['done', 'current', 'upcoming', 'failed']),
  detail: z.string().nullable(),
});

/** A contract or application as the resident, a guardian or the team sees it. */
export const ZContract = z.object({
  id: z.string(),
  residentId: z.string(),
  residentName: z.string(),
  team: ZTeamBrief,
  kind: z.literal('regular'),
  purpose: ZPurpose,
  previousContractId: z.string().nullable(),
  /** As it is now, also before the nightly run has caught up. */
  status: ZStatus,
  statusLabel: z.string(),
  packages: z.array(ZPackageLine),
  fees: ZFees,
  period: z.object({ start: ZIso, end: ZIso }).nullable(),
  signedBy: z.object({ as: z.enum(['self', 'guardian']), name: z.string(), relationLabel: z.string().nullable(), label: z.string() }),
  submittedAt: ZIso,
  reason: z.string().nullable(),
  review: z.object({ at: ZIso, decision: z.enum(['approve', 'reject']), reason: z.string().nullable(), reviewerLabel: z.string() }).nullable(),
  ended: z.object({ at: ZIso, reason: z.string().nullable(), byLabel: z.string() }).nullable(),
  agreement: z.object({ templateVersion: z.string(), hash: z.string() }),
  timeline: z.array(ZTimelineStep),
  renewal: z.object({ opensAt: ZIso, open: z.boolean(), daysLeft: z.number().int() }).nullable(),
});
export type Contract = z.infer<typeof ZContract>;

export const ZContractRef = z.object({ contractId: ZId('签约') }).strict();

export const ZMineInput = z.object({ residentId: ZId('签约居民') }).strict();
export const ZMineOutput = z.object({
  residentId: z.string(),
  residentName: z.string(),
  /** The contract in effect now. */
  current: ZContract.nullable(),
  /** An application waiting for review, or a renewal waiting for its day. */
  next: ZContract.nullable(),
  history: z.array(ZContract),
  /** Whether the caller may sign, switch, renew and cancel for this person. */
  canSign: z.boolean(),
});

export const ZAgreementOutput = ZAgreementText.extend({
  contractId: z.string(),
  /** Whose contract it is, so the page can show who is being acted for. */
  residentId: z.string(),
  signedBy: ZContract.shape.signedBy,
  signedAt: ZIso,
  /** The stored text still hashes to the stored hash. */
  intact: z.boolean(),
});

export const ZReviewQueueInput = z.object({}).strict();
export const ZReviewItem = z.object({
  contract: ZContract,
  resident: z.object({
    /** Family name kept, the rest masked: 李*兰. */
    name: z.string(),
    gender: ZGender,
    age: z.number().int(),
    idNumberMasked: ZMaskedIdNumber,
    area: z.string(),
    conditions: z.array(z.string()),
    priorityGroups: z.array(z.string()),
    /** For each chosen package: does the person still qualify, and why. */
    packageChecks: z.array(z.object({ code: ZPackageCode, name: z.string(), eligible: z.boolean(), note: z.string() })),
    /** The team that looks after them now, when it is another. */
    currentTeamName: z.string().nullable(),
    /** To call them about the application. */
    phone: z.string(),
    livesAlone: z.boolean(),
    /** 65 and over: the elderly risk level (red, yellow, green); null under 65. */
    elderlyRisk: z.enum(['red', 'yellow', 'green']).nullable(),
    /** Health risks on record, in words (吸烟、缺少运动…). */
    riskFactors: z.array(z.string()),
  }),
});
export const ZReviewQueueOutput = z.object({ team: ZTeamBrief, items: z.array(ZReviewItem) });

/** The team's processed applications, newest decision first; `before` continues an earlier page. */
export const ZReviewHistoryInput = z
  .object({
    limit: z.number({ invalid_type_error: '条数不正确' }).int('条数不正确').min(1, '条数不正确').max(50, '一次最多查看50条').default(20),
    before: z.string().datetime({ message: '时间格式不正确' }).optional(),
  })
  .strict();
export const ZReviewHistoryEntry = z.object({
  contractId: z.string(),
  purpose: ZPurpose,
  /** Masked as in the queue: 李*兰. */
  name: z.string(),
  packages: z.array(z.string()),
  submittedAt: ZIso,
  decision: z.enum(['approve', 'reject']),
  reviewerLabel: z.string(),
  reviewedAt: ZIso,
  reason: z.string().nullable(),
});
export const ZReviewHistoryOutput = z.object({
  team: ZTeamBrief,
  items: z.array(ZReviewHistoryEntry),
  /** Pass as `before` for the next page; null when there is no more. */
  next: ZIso.nullable(),
});

/**
 * What a notice is about: contracts, appointments, then family requests (one waiting for consent, and
 * consent granted, declined or ended), readings and medication, sojourn registrations, and a record
 * the caller held that its verified owner has claimed.
 */
export const NOTICE_KINDS = [
  'approved', 'rejected', 'renewal_due', 'expired', 'renewed', 'switched_away', 'signer_withdrawn',
  'slot_closed', 'visit_reminder', 'slot_available',
  'family_request', 'access_granted', 'access_declined', 'access_revoked',
  'missed_dose', 'refill_due',
  'reading_alert',
  'stay_approved', 'stay_rejected', 'stay_over',
  'profile_claimed',
] as const;

export const ZNotice = z.object({
  id: z.string(),
  residentId: z.string(),
  contractId: z.string().nullable(),
  /** The family request or consent the notice is about (family kinds). */
  guardianshipId: z.string().nullable(),
  kind: z.enum(NOTICE_KINDS),
  title: z.string(),
  body: z.string(),
  createdAt: ZIso,
  read: z.boolean(),
});
export type Notice = z.infer<typeof ZNotice>;

const ZPersonSummary = z.object({
  residentId: z.string(),
  name: z.string(),
  self: z.boolean(),
  relationLabel: z.string().nullable(),
  current: ZContract.nullable(),
  next: ZContract.nullable(),
});
export const ZOverviewInput = z.object({}).strict();
export const ZOverviewOutput = z.object({
  /** The caller and the family members whose records they may view. */
  people: z.array(ZPersonSummary),
  notices: z.array(ZNotice),
  /** For team staff: applications waiting for their team. */
  review: z.object({ teamName: z.string(), pending: z.number().int() }).nullable(),
});
/** The message centre: the caller's own notices, newest first, and how many are unread (the badge). */
export const ZNoticesInput = z.object({ limit: z.number().int().min(1).max(100).default(50) }).strict();
export const ZNoticesOutput = z.object({ notices: z.array(ZNotice), unread: z.number().int() });
export const ZReadNoticesInput = z.object({ ids: z.array(z.string().min(1).max(64)).min(1).max(50) }).strict();
export const ZReadNoticesOutput = z.object({ read: z.number().int() });

export const contractActions = {
  'contract.packages': { fn: 'contract', input: ZPackagesInput, output: ZPackagesOutput },
  'contract.preview': { fn: 'contract', input: ZPreviewInput, output: ZPreviewOutput },
  'contract.apply': { fn: 'contract', input: ZApplyInput, output: ZContract },
  'contract.switchTeam': { fn: 'contract', input: ZSwitchTeamInput, output: ZContract },
  'contract.renew': { fn: 'contract', input: ZRenewInput, output: ZContract },
  'contract.cancel': { fn: 'contract', input: ZCancelInput, output: ZContract },
  'contract.review': { fn: 'contract', input: ZReviewInput, output: ZContract },
  'contract.reviewQueue': { fn: 'contract', input: ZReviewQueueInput, output: ZReviewQueueOutput },
  'contract.reviewHistory': { fn: 'contract', input: ZReviewHistoryInput, output: ZReviewHistoryOutput },
  'contract.get': { fn: 'contract', input: ZContractRef, output: ZContract },
  'contract.agreement': { fn: 'contract', input: ZContractRef, output: ZAgreementOutput },
  'contract.mine': { fn: 'contract', input: ZMineInput, output: ZMineOutput },
  'contract.overview': { fn: 'contract', input: ZOverviewInput, output: ZOverviewOutput },
  'contract.notices': { fn: 'contract', input: ZNoticesInput, output: ZNoticesOutput },
  'contract.readNotices': { fn: 'contract', input: ZReadNoticesInput, output: ZReadNoticesOutput },
} as const;
