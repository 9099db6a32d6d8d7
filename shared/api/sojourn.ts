import { z } from 'zod';
import { SHARE_SCOPES, STAY_STATUSES } from '../sojourn/stay-rules';
import { ZTeamBrief } from './contract';
import { ZDay, ZName, ZPhone } from './resident-profile';
import { ZPlainText } from './plain-text';
import { ZChosenId } from './chosen-id';

const ZId = (label: string) => ZChosenId(label, 64);
const ZPlain = ZPlainText;
const ZText = (label: string, max: number) => ZPlain(label, 0, max, true);
const ZRequiredText = (label: string, min: number, max: number) => ZPlain(label, min, max, false);

/** A phone a home institution or a family member answers: mobile or landline with area code. */
const ZAnyPhone = (label: string) =>
  z
    .string({ required_error: `请填写${label}`, invalid_type_error: `${label}填写有误` })
    .trim()
    .min(1, `请填写${label}`)
    .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, `${label}应为11位手机号码或带区号的固定电话`);

export const ZShareScope = z.enum(SHARE_SCOPES, { errorMap: () => ({ message: '共享范围填写有误' }) });

export const ZRegisterInput = z
  .object({
    residentId: ZId('旅居人'),
    teamId: ZId('旅居服务团队'),
    arrival: ZDay('到达日期'),
    departure: ZDay('离开日期'),
    address: ZRequiredText('旅居住址', 5, 100),
    emergencyContact: z.object({ name: ZName, phone: ZPhone }, { required_error: '请填写紧急联系人', invalid_type_error: '请填写紧急联系人' }).strict(),
    /** For a visitor without a home team in the system: their home institution (户籍地签约机构). */
    homeInstitution: z.object({ name: ZRequiredText('家乡签约机构名称', 2, 60), phone: ZAnyPhone('家乡签约机构电话') }).strict().nullable().default(null),
    conditions: ZText('慢性病情况', 200).default(''),
    medicines: ZText('正在服用的药物', 300).default(''),
    shareScopes: z
      .array(ZShareScope, { invalid_type_error: '共享范围填写有误' })
      .refine((s) => new Set(s).size === s.length, '共享范围不能重复')
      .default([]),
  })
  .strict();

const ZClosingNote = z.object({ text: z.string(), by: z.string(), at: z.string() });

export const ZStay = z.object({
  id: z.string(),
  residentId: z.string(),
  residentName: z.string(),
  team: ZTeamBrief,
  status: z.enum(STAY_STATUSES),
  statusLabel: z.string(),
  /** upcoming / during / over for an approved stay; null otherwise. */
  phase: z.enum(['upcoming', 'during', 'over']).nullable(),
  arrival: z.string(),
  departure: z.string(),
  days: z.number().int(),
  address: z.string(),
  emergencyContact: z.object({ name: z.string(), phone: z.string() }),
  homeInstitution: z.object({ name: z.string(), phone: z.string() }).nullable(),
  /** The in-system home team at registration, if any. */
  homeTeam: ZTeamBrief.nullable(),
  conditions: z.string(),
  medicines: z.string(),
  shareScopes: z.array(ZShareScope),
  reviewReason: z.string().nullable(),
  closingNote: ZClosingNote.nullable(),
  /** What the caller may do now. */
  can: z.object({ extend: z.boolean(), end: z.boolean(), summary: z.boolean() }),
});
export type Stay = z.infer<typeof ZStay>;

const ZStayId = z.object({ stayId: ZId('旅居登记') }).strict();

export const ZMineInput = z.object({ residentId: ZId('旅居人') }).strict();
export const ZMineOutput = z.object({
  /** The registration waiting, approved or under way, if any. */
  current: ZStay.nullable(),
  /** The home contract's team (常住地团队), kept during the stay. */
  home: z.object({ team: ZTeamBrief, until: z.string() }).nullable(),
  past: z.array(ZStay),
  /** The latest registration, when the team turned it down and nothing has been registered since. */
  turnedDown: ZStay.nullable(),
});

export const ZReviewInput = z
  .object({
    stayId: ZId('旅居登记'),
    decision: z.enum(['approve', 'reject'], { errorMap: () => ({ message: '请选择通过或不通过' }) }),
    reason: ZText('理由', 200).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.decision === 'reject' && (v.reason ?? '').length < 2) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['reason'], message: '请填写不通过的理由（至少2个字）' });
    }
  });

export const ZExtendInput = z.object({ stayId: ZId('旅居登记'), departure: ZDay('新的离开日期') }).strict();
export const ZClosingNoteInput = z.object({ stayId: ZId('旅居登记'), text: ZPlain('旅居小结', 5, 500, true) }).strict();

export const ZGuest = z.object({
  stayId: z.string(),
  residentName: z.string(),
  age: z.number().int(),
  arrival: z.string(),
  departure: z.string(),
  /** The confirmed elderly risk colour, if staff have confirmed one. */
  risk: z.enum(['green', 'yellow', 'red']).nullable(),
  /** Null where the guest did not consent to share it. */
  conditions: z.string().nullable(),
  medicines: z.string().nullable(),
  address: z.string(),
  emergencyContact: z.object({ name: z.string(), phone: z.string() }),
  /** The team's closing note as last saved, shown back to staff and kept for the handback summary. */
  closingNote: ZClosingNote.nullable(),
});
export const ZGuestsOutput = z.object({ team: ZTeamBrief, guests: z.array(ZGuest), pending: z.array(ZStay) });

export const ZSummary = z.object({
  stay: ZStay,
  visits: z.array(z.object({ at: z.string(), channel: z.string(), services: z.array(z.string()), note: z.string() })),
  readings: z.array(z.object({ at: z.string(), kind: z.string(), valueText: z.string(), level: z.string() })),
  medicationChanges: z.array(z.object({ at: z.string(), change: z.enum(['started', 'stopped']), drug: z.string(), dose: z.string() })),
});
export type StaySummary = z.infer<typeof ZSummary>;

export const sojournActions = {
  'sojourn.register': { fn: 'sojourn', input: ZRegisterInput, output: ZStay },
  'sojourn.mine': { fn: 'sojourn', input: ZMineInput, output: ZMineOutput },
  'sojourn.review': { fn: 'sojourn', input: ZReviewInput, output: ZStay },
  'sojourn.guests': { fn: 'sojourn', input: z.object({}).strict(), output: ZGuestsOutput },
  'sojourn.extend': { fn: 'sojourn', input: ZExtendInput, output: ZStay },
  'sojourn.end': { fn: 'sojourn', input: ZStayId, output: ZStay },
  'sojourn.closingNote': { fn: 'sojourn', input: ZClosingNoteInput, output: ZStay },
  'sojourn.summary': { fn: 'sojourn', input: ZStayId, output: ZSummary },
} as const;
