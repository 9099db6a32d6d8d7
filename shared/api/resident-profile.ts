import { z } from 'zod';
import { checkIdNumber, isCalendarDate, normalizeIdNumber } from '../resident/id-number';
import { CONDITIONS, DISABILITIES, RELATIONS, RISK_FACTORS } from '../resident/vocabulary';
import { MANAGEMENT_CATEGORIES, PRIORITY_GROUPS } from '../resident/classification';
import { SCOPES } from '../policy/scopes';
import { charCount, plainTextIssue } from './plain-text';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const isDay = (s: string) => {
  const m = DAY.exec(s);
  return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
};

/** A calendar day `YYYY-MM-DD`. */
export const ZDay = (label: string) =>
  z
    .string({ required_error: `请填写${label}`, invalid_type_error: `${label}填写有误` })
    .min(1, `请填写${label}`)
    .refine(isDay, `${label}应为有效日期，格式如 1946-03-08`);

export const ZName = z
  .string({ required_error: '请填写姓名', invalid_type_error: '姓名填写有误' })
  .trim()
  .min(1, '请填写姓名')
  .min(2, '姓名至少2个字')
  .max(30, '姓名不能超过30个字')
  // Names of many of Yunnan's peoples are written with a middle dot, e.g. 玉罕·岩温.
  .regex(/^[\u3400-\u9fff\uf900-\ufaffA-Za-z·•. ]+$/, '姓名只能包含汉字、字母和间隔号“·”');

/** An ID number as typed: spaces removed, a trailing x upper-cased, then checked (GB 11643). */
export const ZIdNumber = z
  .string({ required_error: '请填写身份证号码', invalid_type_error: '身份证号码填写有误' })
  .transform(normalizeIdNumber)
  .superRefine((value, ctx) => {
    if (value === '') return ctx.addIssue({ code: z.ZodIssueCode.custom, message: '请填写身份证号码' });
    const check = checkIdNumber(value);
    if (!check.ok) ctx.addIssue({ code: z.ZodIssueCode.custom, message: check.message });
  });

export const ZPhone = z
  .string({ required_error: '请填写手机号码', invalid_type_error: '手机号码填写有误' })
  .trim()
  .min(1, '请填写手机号码')
  .regex(/^1[3-9]\d{9}$/, '请填写11位中国大陆手机号码');

export const ZGender = z.enum(['male', 'female'], { errorMap: () => ({ message: '请选择性别' }) });
export const ZScope = z.enum(SCOPES, { errorMap: () => ({ message: '代管权限填写有误' }) });
export const ZScopes = z
  .array(ZScope, { required_error: '请选择代管权限', invalid_type_error: '请选择代管权限' })
  .min(1, '请至少选择一项代管权限')
  .refine((s) => new Set(s).size === s.length, '代管权限不能重复');
export const ZRelation = z.enum(RELATIONS, { errorMap: () => ({ message: '请选择与对方的关系' }) });

const unique = <T>(list: T[]) => new Set(list).size === list.length;

/** Health facts that change over time; shared by create and update. */
const healthFields = {
  phone: ZPhone,
  address: z
    .string({ required_error: '请填写居住地址', invalid_type_error: '居住地址填写有误' })
    .trim()
    .superRefine((v, ctx) => {
      const issue = (message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, message });
      const plain = plainTextIssue('居住地址', v);
      if (v === '') issue('请填写居住地址');
      else if (plain) issue(plain);
      else if (charCount(v) < 5) issue('请填写详细的居住地址（至少5个字）');
      else if (charCount(v) > 100) issue('居住地址不能超过100个字');
    }),
  gridId: z.string().trim().min(1, '请选择所在网格').max(64, '网格编号填写有误').nullable().default(null),
  conditions: z
    .array(z.enum(CONDITIONS, { errorMap: () => ({ message: '慢性病填写有误' }) }))
    .refine(unique, '慢性病不能重复')
    .default([]),
  pregnancy: z.object({ dueDate: ZDay('预产期') }).strict().nullable().default(null),
  disability: z.enum(DISABILITIES, { errorMap: () => ({ message: '残疾类别填写有误' }) }).nullable().default(null),
  livesAlone: z.boolean({ invalid_type_error: '是否独居填写有误' }).default(false),
  riskFactors: z
    .array(z.enum(RISK_FACTORS, { errorMap: () => ({ message: '健康风险填写有误' }) }))
    .refine(unique, '健康风险不能重复')
    .default([]),
};

/**
 * A new profile: for the caller (`self`) or for a relative (`relative`, with the relation and the
 * scopes asked for). Birth date and gender must agree with the ID number; pregnancy is for women only.
 */
export const ZCreateProfileInput = z
  .object({
    subject: z.enum(['self', 'relative'], { errorMap: () => ({ message: '请选择为谁建档' }) }),
    relation: ZRelation.optional(),
    scopes: ZScopes.optional(),
    name: ZName,
    gender: ZGender,
    birthDate: ZDay('出生日期'),
    idNumber: ZIdNumber,
    ...healthFields,
  })
  .strict()
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });
    const check = checkIdNumber(v.idNumber);
    if (check.ok && check.birthDate !== v.birthDate) issue('birthDate', '出生日期与身份证号码不一致');
    if (check.ok && check.gender !== v.gender) issue('gender', '性别与身份证号码不一致');
    if (v.pregnancy && v.gender !== 'female') issue('pregnancy', '只有女性可以登记孕产情况');
    if (v.subject === 'relative' && !v.relation) issue('relation', '请选择与对方的关系');
    if (v.subject === 'self' && (v.relation || v.scopes)) issue('subject', '为自己建档时不需要填写关系和代管权限');
  });

export const ZUpdateProfileInput = z
  .object({
    residentId: z.string().min(1).max(64),
    phone: healthFields.phone.optional(),
    address: healthFields.address.optional(),
    gridId: z.string().trim().min(1, '请选择所在网格').max(64).nullable().optional(),
    conditions: healthFields.conditions.optional(),
    pregnancy: z.object({ dueDate: ZDay('预产期') }).strict().nullable().optional(),
    disability: healthFields.disability.optional(),
    livesAlone: z.boolean({ invalid_type_error: '是否独居填写有误' }).optional(),
    riskFactors: healthFields.riskFactors.optional(),
  })
  .strict();

export const ZGetProfileInput = z.object({ residentId: z.string().min(1).max(64) }).strict();

/** A masked ID number: the only form any reply may carry. */
export const ZMaskedIdNumber = z.string().regex(/^\d{4}\*{13}[\dX]$/);

export const ZProfile = z.object({
  id: z.string(),
  name: z.string(),
  gender: ZGender,
  /** Only for the resident; everyone else sees the age (see `identity.read` in the policy). */
  birthDate: z.string().nullable(),
  age: z.number().int(),
  idNumberMasked: ZMaskedIdNumber,
  phone: z.string(),
  address: z.string(),
  gridId: z.string().nullable(),
  conditions: z.array(z.enum(CONDITIONS)),
  pregnancy: z.object({ dueDate: z.string() }).nullable(),
  disability: z.enum(DISABILITIES).nullable(),
  livesAlone: z.boolean(),
  riskFactors: z.array(z.enum(RISK_FACTORS)),
  /** False for a profile kept for someone without WeChat. */
  hasOwnAccount: z.boolean(),
  /**
   * Whether the account holding the profile proved it is its person (人脸核身, or in person by the
   * team). Until then what is meant for the real person (family requests, the access record) waits.
   */
  identity: z.object({ verified: z.boolean(), method: z.enum(['face', 'in_person']).nullable(), at: z.string().nullable() }),
  classification: z.object({
    priorityGroups: z.array(z.enum(PRIORITY_GROUPS)),
    managementCategory: z.enum(MANAGEMENT_CATEGORIES),
    elderlyRisk: z.enum(['red', 'yellow', 'green']).nullable(),
  }),
  /** How the caller relates to this profile and, for a guardian, what they may do. */
  viewer: z.object({ as: z.enum(['self', 'guardian', 'staff']), scopes: z.array(ZScope) }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Profile = z.infer<typeof ZProfile>;

/**
 * What a change by someone who may not read the profile (a guardian with `sign` but not `view`)
 * answers: that it was saved, and nothing of the profile itself.
 */
export const ZProfileReceipt = z.object({
  id: z.string(),
  saved: z.literal(true),
  viewer: z.object({ as: z.enum(['self', 'guardian', 'staff']), scopes: z.array(ZScope) }),
  updatedAt: z.string(),
}).strict();
export type ProfileReceipt = z.infer<typeof ZProfileReceipt>;
export type CreateProfileInput = z.input<typeof ZCreateProfileInput>;
