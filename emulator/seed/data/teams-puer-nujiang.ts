import { buildTeam, CENTRE_HOURS, WEEKDAY_HOURS, type TeamSpec } from './team-builder';

const SIMAO = { regionCode: '530802', regionText: '云南省普洱市思茅区' };
const FUGONG = { regionCode: '533323', regionText: '云南省怒江傈僳族自治州福贡县' };

const simaoCentre = { name: '思茅镇社区卫生服务中心', address: '思茅区人民中路 56 号', at: [100.9652, 22.7773] as [number, number], hours: CENTRE_HOURS };
const piheClinic = { name: '匹河怒族乡卫生院', address: '福贡县匹河怒族乡匹河村街子上', at: [98.8715, 26.5302] as [number, number], hours: '周一至周日 8:00-18:00，夜间急诊' };

/** What the sojourn team offers beside the contract, fees as listed at its 旅居健康服务站 (自费, 医保不报销). */
const SIMAO_SOJOURN_WELLNESS: NonNullable<TeamSpec['wellness']> = [
  { kind: 'wellness', name: '旅居健康评估（血压、血糖、心电图）', feeYuan: 0, unit: '次', note: '登记通过后首次免费' },
  { kind: 'wellness', name: '中医体质辨识与养生指导', feeYuan: 30, unit: '次', note: '' },
  { kind: 'wellness', name: '普洱茶康养课程（每周二、四下午）', feeYuan: 120, unit: '月', note: '含茶具和课程材料' },
  { kind: 'wellness', name: '梅子湖健步走带队指导', feeYuan: 0, unit: '次', note: '每周六上午，梅子湖公园东门集合' },
  { kind: 'therapy', name: '针灸', feeYuan: 45, unit: '次', note: '' },
  { kind: 'therapy', name: '推拿按摩（颈肩腰腿）', feeYuan: 60, unit: '次', note: '' },
  { kind: 'therapy', name: '艾灸', feeYuan: 35, unit: '次', note: '' },
  { kind: 'therapy', name: '中药熏蒸', feeYuan: 280, unit: '疗程', note: '一个疗程10次' },
];

const teams: TeamSpec[] = [
  {
    ...SIMAO,
    id: 'team-pe-sojourn-simao',
    name: '普洱思茅区旅居服务家庭医生团队',
    institution: '思茅区南屏镇卫生院（旅居健康服务站）',
    phone: '0879-2136620',
    serviceHours: '周一至周日 8:00-20:00',
    sojourn: true,
    intro: '为来普洱旅居、过冬的老人提供短期签约、健康评估、慢病用药续方和就医转介，也负责茶马古城和梅子湖社区的常住居民。',
    members: [
      ['刀建华', '全科医生', '副主任医师'],
      ['杨丽', '护士', '主管护师'],
      ['李春梅', '公卫医生', '公共卫生医师'],
      ['岩温', '专科医生', '内分泌科主治医师（普洱市人民医院）'],
    ],
    fixed: [
      { name: '茶马古城旅居健康服务站', address: '思茅区南屏镇茶马古城旅游小镇 B 区 2 栋', at: [100.9763, 22.7702], hours: '周一至周日 8:00-20:00' },
      { name: '梅子湖旅居健康服务点', address: '思茅区南屏镇梅子湖公园东门', at: [100.9978, 22.7812], hours: WEEKDAY_HOURS },
    ],
    mobile: [{ name: '候鸟康养园流动服务点', address: '茶马古城候鸟康养园活动中心', at: [100.9745, 22.7788], schedule: { weeksOfMonth: [1, 3], weekday: 3, period: 'am' } }],
    wellness: SIMAO_SOJOURN_WELLNESS,
  },
  {
    ...SIMAO,
    id: 'team-pe-ximen',
    name: '思茅区西门社区家庭医生团队',
    institution: '思茅镇社区卫生服务中心',
    phone: '0879-2123401',
    serviceHours: WEEKDAY_HOURS,
    intro: '负责西门社区三个网格的签约居民。',
    members: [['罗永刚', '全科医生', '主治医师'], ['白玉兰', '护士', '护师'], ['叶松', '公卫医生', '公共卫生医师']],
    fixed: [{ name: '西门社区卫生服务站', address: '思茅区人民西路 18 号', at: [100.9589, 22.7698], hours: WEEKDAY_HOURS }, simaoCentre],
  },
  {
    ...SIMAO,
    id: 'team-pe-dongmen',
    name: '思茅区东门社区家庭医生团队',
    institution: '思茅镇社区卫生服务中心',
    phone: '0879-2123402',
    serviceHours: WEEKDAY_HOURS,
    intro: '负责东门社区三个网格的签约居民。',
    members: [['石春艳', '全科医生', '主治医师'], ['魏红', '护士', '护师'], ['鲁明', '公卫医生', '公共卫生医师']],
    fixed: [simaoCentre],
    mobile: [{ name: '洗马湖小区流动服务点', address: '洗马湖小区业主活动室', at: [100.9688, 22.7771], schedule: { weeksOfMonth: [2, 4], weekday: 5, period: 'am' } }],
  },
  {
    ...SIMAO,
    id: 'team-pe-nanping',
    name: '思茅区南屏社区家庭医生团队',
    institution: '思茅区南屏镇卫生院',
    phone: '0879-2136601',
    serviceHours: WEEKDAY_HOURS,
    intro: '负责南屏社区两个网格的签约居民。',
    members: [['李国华', '全科医生', '主治医师'], ['陶娟', '护士', '护师'], ['张德', '公卫医生', '公共卫生医师']],
    fixed: [{ name: '南屏镇卫生院', address: '思茅区南屏镇南屏老街 102 号', at: [100.9862, 22.7694], hours: CENTRE_HOURS }],
  },
  {
    ...FUGONG,
    id: 'team-nj-pihe-1',
    name: '匹河怒族乡第一家庭医生团队',
    institution: '福贡县匹河怒族乡卫生院',
    phone: '0886-3481120',
    serviceHours: '周一至周日，乡村医生随叫随到',
    intro: '负责知子罗、老姆登、架究、普洛四个村。山高路远，团队按固定日子到各村流动服务点看病、测血压、送药。',
    members: [
      ['余建新', '全科医生', '主治医师'],
      ['欧丽萍', '护士', '护师'],
      ['李四妹', '乡村医生', '老姆登村卫生室'],
      ['丰志强', '乡村医生', '知子罗村卫生室'],
      ['和金花', '公卫医生', '公共卫生医师'],
    ],
    fixed: [piheClinic, { name: '老姆登村卫生室', address: '匹河怒族乡老姆登村委会旁', at: [98.8903, 26.5431], hours: '每天 8:00-18:00（乡村医生在村时）' }],
    mobile: [
      { name: '知子罗村流动服务点', address: '知子罗村碧江老城旧址活动室', at: [98.8598, 26.5433], schedule: { weeksOfMonth: [1, 3], weekday: 3, period: 'am' } },
      { name: '架究村流动服务点', address: '架究村村委会', at: [98.8611, 26.5679], schedule: { weeksOfMonth: [2, 4], weekday: 2, period: 'am' } },
      { name: '普洛村流动服务点', address: '普洛村小学旁', at: [98.8896, 26.5681], schedule: { weeksOfMonth: [2, 4], weekday: 4, period: 'pm' } },
    ],
    // Roads to the villages are long: the team reviews at its weekly meeting, and the 卫生院 takes payments.
    signing: {
      reviewDays: 5,
      station: 0,
      bring: ['本人身份证或户口簿', '医保卡', '正在吃的药或药盒（如有）', '不识字的老人可由家人陪同，按手印确认'],
    },
  },
  {
    ...FUGONG,
    id: 'team-nj-pihe-2',
    name: '匹河怒族乡第二家庭医生团队',
    institution: '福贡县匹河怒族乡卫生院',
    phone: '0886-3481121',
    serviceHours: '周一至周日，乡村医生随叫随到',
    intro: '负责托坪、瓦娃、果科、棉谷四个村，按月到各村流动服务点巡诊。',
    members: [
      ['普兴华', '全科医生', '主治医师'],
      ['褚秀英', '护士', '护师'],
      ['彭阿四', '乡村医生', '果科村卫生室'],
      ['胡玉珍', '乡村医生', '瓦娃村卫生室'],
    ],
    fixed: [piheClinic],
    mobile: [
      { name: '托坪村流动服务点', address: '托坪村村委会', at: [98.8597, 26.4931], schedule: { weeksOfMonth: [1, 3], weekday: 1, period: 'am' } },
      { name: '瓦娃村流动服务点', address: '瓦娃村文化室', at: [98.8902, 26.4926], schedule: { weeksOfMonth: [1, 3], weekday: 1, period: 'pm' } },
      { name: '棉谷村流动服务点', address: '棉谷村村委会', at: [98.8898, 26.5177], schedule: { weeksOfMonth: [2], weekday: 5, period: 'day' } },
    ],
  },
];

export const PUER_NUJIANG_TEAMS = teams.map(buildTeam);
