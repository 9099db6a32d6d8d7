import { z } from 'zod';
import { RELATIONS } from '../resident/vocabulary';
import { ZGender, ZIdNumber, ZMaskedIdNumber, ZName, ZProfile, ZRelation, ZScope, ZScopes } from './resident-profile';

const ZId = z.string().min(1).max(64);
const ZIso = z.string();

export const ZConsentView = z.object({
  scopes: z.array(ZScope),
  at: ZIso,
  expiresAt: ZIso,
  method: z.enum(['in_app', 'in_person']),
  /** Not yet expired. */
  current: z.boolean(),
});

/** A proxy-access relation (代管) as the guardian, the resident or the team sees it. */
export const ZGuardianship = z.object({
  id: z.string(),
  residentId: z.string(),
  residentName: z.string(),
  guardianName: z.string(),
  /** What the resident is to the guardian. */
  relation: z.enum(RELATIONS),
  consentRoute: z.enum(['in_app', 'in_person']),
  status: z.enum(['pending', 'active', 'declined', 'revoked']),
  requestedScopes: z.array(ZScope),
  /** What the guardian may do right now. */
  effectiveScopes: z.array(ZScope),
  guardianConsent: ZConsentView.nullable(),
  residentConsent: ZConsentView.nullable(),
  /** When the effective scopes next change on their own (expiry, the 14th or 18th birthday). */
  nextChange: z.object({ at: ZIso, scopes: z.array(ZScope) }).nullable(),
  createdAt: ZIso,
  updatedAt: ZIso,
});
export type Guardianship = z.infer<typeof ZGuardianship>;

const ZGuardianshipRef = { guardianshipId: ZId };

export const ZRequestAccessInput = z
  .object({ name: ZName, idNumber: ZIdNumber, relation: ZRelation, scopes: ZScopes })
  .strict();

export const ZRespondToRequestInput = z
  .object({ ...ZGuardianshipRef, accept: z.boolean({ required_error: '请选择同意或拒绝' }), scopes: ZScopes.optional() })
  .strict()
  .superRefine((v, ctx) => {
    if (v.accept && !v.scopes) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['scopes'], message: '请至少选择一项代管权限' });
  });

export const ZRevokeAccessInput = z.object(ZGuardianshipRef).strict();

/**
 * Consent checked face to face by a staff member of the resident's team: the resident's ID card is
 * read again (`idNumber`) to be sure the right person is present.
 */
export const ZVerifyConsentInput = z
  .object({
    ...ZGuardianshipRef,
    idNumber: ZIdNumber,
    approve: z.boolean({ required_error: '请选择本人是否同意' }),
    scopes: ZScopes.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.approve && !v.scopes) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['scopes'], message: '请至少选择一项代管权限' });
  });

export const ZRenewConsentInput = z.object({ ...ZGuardianshipRef, scopes: ZScopes }).strict();

export const ZListGuardiansInput = z.object({ residentId: ZId }).strict();
export const ZListGuardiansOutput = z.object({ guardianships: z.array(ZGuardianship) });

export const ZListMineInput = z.object({}).strict();
export const ZListMineOutput = z.object({
  /** The caller's own profile. */
  self: ZProfile.nullable(),
  /** People the caller acts for, or has asked to. */
  managed: z.array(ZGuardianship),
  /** People who act for the caller, or have asked to. */
  guardians: z.array(ZGuardianship),
  /**
   * For relatives whose profile the caller made and whose consent waits to be checked in person: the
   * team that checks it and its service station (address, hours).
   */
  verifyAt: z.array(
    z.object({
      guardianshipId: z.string(),
      teamName: z.string(),
      teamPhone: z.string(),
      station: z.object({ name: z.string(), address: z.string(), hours: z.string() }).nullable(),
    }),
  ),
});

export const ZPendingConsentsInput = z.object({}).strict();
export const ZPendingConsentsOutput = z.object({
  items: z.array(
    z.object({
      guardianship: ZGuardianship,
      resident: z.object({ id: z.string(), name: z.string(), gender: ZGender, age: z.number().int(), idNumberMasked: ZMaskedIdNumber, address: z.string() }),
    }),
  ),
});

export const ZAuditTrailInput = z
  .object({
    residentId: ZId,
    /** `nextBefore` of the previous page. */
    before: z.string().max(100).optional(),
    limit: z.number().int().min(1).max(50).default(20),
  })
  .strict();
export const ZAuditEntry = z.object({
  id: z.string(),
  at: ZIso,
  actorKind: z.enum(['self', 'guardian', 'staff', 'other']),
  actorLabel: z.string(),
  action: z.string(),
  actionLabel: z.string(),
  allowed: z.boolean(),
});
export const ZAuditTrailOutput = z.object({ entries: z.array(ZAuditEntry), nextBefore: ZIso.nullable() });
export type AuditEntry = z.infer<typeof ZAuditEntry>;
