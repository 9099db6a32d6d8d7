import { PURPOSE_LABELS, type Purpose } from './status';
import { CONTRACT_MONTHS, RENEWAL_WINDOW_DAYS } from './period';
import { yuanText, type Fees } from './packages';

/** The values an agreement is filled with; everything a person signs is in here. */
export interface AgreementValues {
  purpose: Purpose;
  /**
   * `age` is on the day of signing. Since 2026.2 the text shows it instead of the birth date: beside
   * the masked number and the address, a birth date would narrow the ID number to a few hundred.
   */
  resident: { name: string; gender: 'male' | 'female'; birthDate: string; age?: number; idNumberMasked: string; address: string; phone: string };
  team: { name: string; institution: string; phone: string };
  /** The team a switch leaves, or the team of the contract being renewed. */
  previousTeamName: string | null;
  packages: Array<{ name: string; kind: 'basic' | 'personalised'; feeYuan: number; insuranceYuan: number; selfPayYuan: number; services: string[] }>;
  fees: Fees;
  /** Who signs: the resident, or a family member holding the 签约 scope (家人代签). */
  signer: { as: 'self' | 'guardian'; name: string; relationLabel: string | null };
  /** Local day of signing, `YYYY-MM-DD`. */
  signDay: string;
}

export interface AgreementSection {
  heading: string;
  body: string;
}

export interface RenderedAgreement {
  templateVersion: string;
  title: string;
  sections: AgreementSection[];
  /** The exact text signed: title and sections joined; its SHA-256 is kept with the contract. */
  text: string;
}

interface Template {
  version: string;
  title: (v: AgreementValues) => string;
  sections: Array<{ heading: string; body: (v: AgreementValues) => string }>;
}

const dayCn = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};
const maskPhone = (phone: string) => (phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone);

function packagesBlock(v: AgreementValues): string {
  return v.packages
    .map((p, i) => {
      const fee = p.feeYuan === 0 ? '免费' : `${p.feeYuan}元/年`;
      const services = p.services.map((s, j) => `  (${j + 1}) ${s}`).join('\n');
      return `${i + 1}. ${p.name}（${p.kind === 'basic' ? fee : `个性化服务包，${fee}`}）\n${services}`;
    })
    .join('\n');
}

function feesBlock(v: AgreementValues): string {
  const lines = v.packages.map((p) =>
    p.feeYuan === 0
      ? `${p.name}：免费`
      : `${p.name}：${p.feeYuan}元/年${p.insuranceYuan > 0 ? `，其中医保统筹支付${p.insuranceYuan}元，个人自付${p.selfPayYuan}元` : `，个人自付${p.selfPayYuan}元`}`,
  );
  return [
    ...lines,
    `合计：${yuanText(v.fees.totalYuan)}${v.fees.totalYuan > 0 ? `/年，医保统筹支付${v.fees.insuranceYuan}元，个人自付${v.fees.selfPayYuan}元` : ''}。`,
    '基础包服务由国家基本公共卫生服务经费和基本医疗保险基金保障，甲方无需付费。个性化服务包费用在协议生效后到乙方所在机构缴纳，医保支付部分按当地医保政策结算，以实际结算为准。',
  ].join('\n');
}

function signerLine(v: AgreementValues): string {
  if (v.signer.as === 'self') return `签署方式：甲方本人在线签署（${v.resident.name}）。`;
  return `签署方式：家人代签。由${v.signer.name}（甲方的${v.signer.relationLabel ?? '家人'}）依据甲方授权的“签约、续约和修改档案”代管权限代为签署，代签与甲方本人签署具有同等效力。`;
}

const V2026_1: Template = {
  version: '2026.1',
  title: (v) => (v.purpose === 'new' ? '云南省家庭医生签约服务协议' : `云南省家庭医生签约服务协议（${PURPOSE_LABELS[v.purpose]}）`),
  sections: [
    {
      heading: '一、协议双方',
      body: (v) =>
        [
          `甲方（签约居民）：${v.resident.name}，${v.resident.gender === 'female' ? '女' : '男'}，出生日期${dayCn(v.resident.birthDate)}，身份证号${v.resident.idNumberMasked}，联系电话${maskPhone(v.resident.phone)}，住址${v.resident.address}。`,
          `乙方（家庭医生团队）：${v.team.name}，所属机构${v.team.institution}，团队电话${v.team.phone}。`,
        ].join('\n'),
    },
    {
      heading: '二、签约服务包和服务内容',
      body: (v) => `甲方自愿选择以下服务包，乙方按服务包内容提供服务：\n${packagesBlock(v)}`,
    },
    {
      heading: '三、服务期限',
      body: (v) =>
        [
          `本协议服务期为${CONTRACT_MONTHS / 12}年，自乙方审核通过之日起计算（续约的，自上一份协议期满次日起计算）。`,
          `到期前${RENEWAL_WINDOW_DAYS}天起，甲方可在小程序中一键续约；到期未续约的，本协议自然终止。`,
          v.purpose === 'switch' && v.previousTeamName
            ? `本协议为换签：乙方审核通过之日，甲方与${v.previousTeamName}的签约同时终止。`
            : v.purpose === 'renew' && v.previousTeamName
              ? `本协议为续约，接续甲方与${v.previousTeamName}的上一份签约。`
              : '',
        ]
          .filter(Boolean)
          .join('\n'),
    },
    { heading: '四、费用', body: feesBlock },
    {
      heading: '五、甲方的权利和义务',
      body: () =>
        [
          '1. 享有所选服务包的全部服务，优先预约乙方门诊和转诊服务，对服务提出意见和投诉。',
          '2. 如实提供健康信息，健康状况变化时及时告知乙方，配合随访和健康管理。',
          '3. 同一服务期内只与一个家庭医生团队签订常住地签约协议；需要更换团队时通过换签办理。',
          '4. 可随时申请解约，解约后已缴纳的个性化服务包费用按未提供的服务比例退还。',
        ].join('\n'),
    },
    {
      heading: '六、乙方的权利和义务',
      body: () =>
        [
          '1. 按服务包内容、频次和时间提供服务，为甲方建立并维护健康档案。',
          '2. 对慢性病患者提供用药、膳食和运动“三张处方”，按老年人健康风险“红、黄、绿”分级开展随访。',
          '3. 公开团队成员、联系电话和服务时间，服务点或团队成员变化时及时告知甲方。',
          '4. 甲方病情超出基层诊疗能力时，协助甲方转诊至上级医院。',
        ].join('\n'),
    },
    {
      heading: '七、个人信息保护',
      body: () =>
        [
          '1. 乙方仅为提供本协议约定的服务收集和使用甲方的个人信息和健康信息，依照《中华人民共和国个人信息保护法》予以保护，不向无关第三方提供。',
          '2. 身份证号码加密保存，页面上只显示部分号码；健康信息只有甲方本人、经甲方同意的代管家人和为甲方服务的家庭医生团队可以查看。',
          '3. 每一次他人查看或办理甲方事务都会记入访问记录，甲方可随时在小程序中查看。',
        ].join('\n'),
    },
    {
      heading: '八、签署',
      body: (v) => [signerLine(v), `签署日期：${dayCn(v.signDay)}。本协议经乙方审核通过后生效，甲方可随时在小程序中查看本协议原文。`].join('\n'),
    },
  ],
};

const V2026_2: Template = {
  ...V2026_1,
  version: '2026.2',
  sections: V2026_1.sections.map((s, i) =>
    i === 0
      ? {
          heading: s.heading,
          body: (v) =>
            [
              `甲方（签约居民）：${v.resident.name}，${v.resident.gender === 'female' ? '女' : '男'}，${v.resident.age}岁，身份证号${v.resident.idNumberMasked}，联系电话${maskPhone(v.resident.phone)}，住址${v.resident.address}。`,
              `乙方（家庭医生团队）：${v.team.name}，所属机构${v.team.institution}，团队电话${v.team.phone}。`,
            ].join('\n'),
        }
      : s,
  ),
};

/** Every template version ever used, so a signed agreement can always be produced again from its values. */
export const AGREEMENT_TEMPLATES: Record<string, Template> = { [V2026_1.version]: V2026_1, [V2026_2.version]: V2026_2 };
export const CURRENT_AGREEMENT_VERSION = V2026_2.version;

/** Fills a template version with the values; the same version and values always give the same text. */
export function renderAgreement(values: AgreementValues, version: string = CURRENT_AGREEMENT_VERSION): RenderedAgreement {
  const template = AGREEMENT_TEMPLATES[version];
  if (!template) throw new Error(`unknown agreement template version ${version}`);
  const title = template.title(values);
  const sections = template.sections.map((s) => ({ heading: s.heading, body: s.body(values) }));
  const text = [title, ...sections.map((s) => `${s.heading}\n${s.body}`)].join('\n\n');
  return { templateVersion: template.version, title, sections, text };
}
