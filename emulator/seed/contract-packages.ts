import type { Database } from '../../cloudfunctions/core/cloudbase';
import type { PackageDoc } from '../../cloudfunctions/core/contracts/contract-docs';

/**
 * The demo catalogue of service packages, after Kunming's 基础包 + 个性包 model: the basic package is
 * free (national basic public health services, 14 categories and 55 items, plus basic medical care
 * and priority referral); personalised packages are paid yearly, with the part basic medical insurance
 * pays shown where the team says so. The fees are demo figures in the range public reports give
 * (personalised packages around 200 yuan a year, a home-care package around 500 yuan, insurance paying
 * about 60 yuan of the signing fee); the 石龙湖 team states insurance payment for two packages.
 */
const SOURCE = '演示数据：参照昆明市家庭医生签约“基础包+个性包”和公开报道中的收费水平设定，实际以签约机构公示为准';
const SHILONGHU = 'team-cg-shilonghu';
const INSURANCE_NOTE = '签约居民的医保统筹基金按年支付，个人只需支付自付部分';

export const DEMO_PACKAGES: PackageDoc[] = [
  {
    _id: 'pkg-basic',
    code: 'basic',
    name: '基础包',
    kind: 'basic',
    summary: '国家基本公共卫生服务和基本医疗服务，签约即享，免费',
    services: [
      '建立和管理居民健康档案',
      '常见病、多发病的中西医诊治，合理用药指导',
      '就医路径指导，优先预约转诊',
      '慢性病长期处方（长处方）',
      '0-6岁儿童、孕产妇、65岁及以上老年人、慢性病患者等重点人群健康管理',
      '预防接种、健康教育和健康咨询',
      '中医体质辨识',
    ],
    feeYuan: 0,
    eligibility: 'everyone',
    teamIds: [],
    coverage: [],
    order: 1,
    source: SOURCE,
  },
  {
    _id: 'pkg-chronic',
    code: 'chronic',
    name: '慢病管理包',
    kind: 'personalised',
    summary: '高血压、糖尿病等慢性病的规范管理和“三张处方”',
    services: [
      '每季度至少1次面对面随访，测血压、血糖并调整用药',
      '用药、膳食、运动“三张处方”，每半年更新一次',
      '每年1次肝功能、肾功能、血脂和心电图检查',
      '并发症风险筛查，需要时转诊上级医院专科',
    ],
    feeYuan: 200,
    eligibility: 'chronic_condition',
    teamIds: [],
    coverage: [{ teamId: SHILONGHU, insuranceYuan: 60, note: INSURANCE_NOTE }],
    order: 2,
    source: SOURCE,
  },
  {
    _id: 'pkg-elderly',
    code: 'elderly',
    name: '老年人健康管理包',
    kind: 'personalised',
    summary: '在老年人免费体检之外，增加风险分级管理和防跌倒评估',
    services: [
      '老年人健康风险“红、黄、绿”分级管理，按等级安排随访',
      '每年1次认知功能和跌倒风险评估',
      '多种用药的核对和用药安全指导',
      '每年1次腹部B超和眼底检查',
    ],
    feeYuan: 120,
    eligibility: 'age65',
    teamIds: [],
    coverage: [],
    order: 3,
    source: SOURCE,
  },
  {
    _id: 'pkg-home-visit',
    code: 'home_visit',
    name: '上门服务包',
    kind: 'personalised',
    summary: '为高龄、失能和行动不便的居民上门诊疗、护理和康复指导',
    services: [
      '每年至少4次上门巡诊，测血压、血糖，查看用药',
      '上门换药、导尿管护理等基础护理',
      '康复理疗指导',
      '对家庭照护者开展照护技能培训',
      '家庭病床建床评估',
    ],
    feeYuan: 500,
    eligibility: 'age80_or_disability',
    teamIds: [],
    coverage: [{ teamId: SHILONGHU, insuranceYuan: 60, note: INSURANCE_NOTE }],
    order: 4,
    source: SOURCE,
  },
  {
    _id: 'pkg-maternal-child',
    code: 'maternal_child',
    name: '妇幼保健包',
    kind: 'personalised',
    summary: '孕产期和0-6岁儿童的保健服务',
    services: [
      '孕期健康指导和产检提醒',
      '产后访视（出院后7天内和42天）',
      '0-6岁儿童生长发育监测和喂养指导',
      '预防接种提醒',
    ],
    feeYuan: 200,
    eligibility: 'maternal_or_young_child',
    teamIds: [],
    coverage: [],
    order: 5,
    source: SOURCE,
  },
  {
    _id: 'pkg-tcm',
    code: 'tcm',
    name: '中医药服务包',
    kind: 'personalised',
    summary: '中医体质调理和中医适宜技术',
    services: [
      '中医体质辨识，给出体质调养方案',
      '每年4次中医适宜技术服务（针灸、推拿、艾灸、拔罐任选）',
      '四季养生和饮食调理指导',
    ],
    feeYuan: 200,
    eligibility: 'everyone',
    teamIds: [],
    coverage: [],
    order: 6,
    source: SOURCE,
  },
];

/** Seeds the package catalogue. */
export async function seedPackages(db: Database): Promise<void> {
  await db.collection('packages').add(DEMO_PACKAGES);
}
