import { buildTeam, CENTRE_HOURS, WEEKDAY_HOURS, type TeamSpec } from './team-builder';

const CHENGGONG = { regionCode: '530114', regionText: '云南省昆明市呈贡区' };
const WUHUA = { regionCode: '530102', regionText: '云南省昆明市五华区' };

const luolongCentre = { name: '洛龙街道社区卫生服务中心', address: '呈贡区洛龙街道春融街 268 号', at: [102.8545, 24.8722] as [number, number], hours: CENTRE_HOURS };

const chenggong: TeamSpec[] = [
  {
    ...CHENGGONG,
    id: 'team-cg-shilonghu',
    name: '呈贡区石龙湖社区家庭医生团队',
    institution: '呈贡区洛龙街道社区卫生服务中心',
    phone: '0871-67482316',
    serviceHours: '周一至周日 8:00-18:00，夜间急事请拨团队电话',
    intro: '负责石龙湖社区三个网格，擅长高血压、糖尿病等慢病管理和老年人上门随访。',
    members: [
      ['张毅', '全科医生', '主治医师'],
      ['周晓燕', '护士', '主管护师'],
      ['李建平', '公卫医生', '公共卫生医师'],
      ['杨春华', '专科医生', '心内科副主任医师（呈贡区人民医院）'],
    ],
    fixed: [
      { name: '石龙湖社区卫生服务站', address: '呈贡区洛龙街道石龙路 15 号（石龙湖社区居委会一楼）', at: [102.8506, 24.8712], hours: WEEKDAY_HOURS },
      luolongCentre,
    ],
    mobile: [{ name: '石龙村老年活动室流动服务点', address: '石龙村村委会旁老年活动室', at: [102.8492, 24.8781], schedule: { weeksOfMonth: [2, 4], weekday: 4, period: 'am' } }],
    signing: {
      reviewDays: 2,
      station: 0,
      bring: ['本人身份证（代办的家人也带上自己的身份证）', '医保卡或医保电子凭证', '正在吃的降压药、降糖药或药盒', '近一年的体检报告或病历（如有）'],
    },
  },
  {
    ...CHENGGONG,
    id: 'team-cg-luolong',
    name: '呈贡区洛龙社区家庭医生团队',
    institution: '呈贡区洛龙街道社区卫生服务中心',
    phone: '0871-67482318',
    serviceHours: CENTRE_HOURS,
    intro: '负责洛龙社区三个网格，提供签约、慢病随访、儿童和孕产妇健康管理。',
    members: [
      ['赵文斌', '全科医生', '副主任医师'],
      ['马丽娟', '护士', '护师'],
      ['钱志明', '公卫医生', '公共卫生医师'],
    ],
    fixed: [luolongCentre],
  },
  {
    ...CHENGGONG,
    id: 'team-cg-langjiaying',
    name: '呈贡区郎家营社区家庭医生团队',
    institution: '呈贡区洛龙街道社区卫生服务中心',
    phone: '0871-67482319',
    serviceHours: WEEKDAY_HOURS,
    intro: '负责郎家营社区三个网格，每月到郎家营村开展流动服务。',
    members: [
      ['孙立新', '全科医生', '主治医师'],
      ['何佳', '护士', '护师'],
      ['普云', '公卫医生', '公共卫生医师'],
    ],
    fixed: [{ name: '郎家营社区卫生服务站', address: '呈贡区洛龙街道郎家营村 88 号', at: [102.8581, 24.8634], hours: WEEKDAY_HOURS }],
    mobile: [{ name: '郎家营新村流动服务点', address: '郎家营新村文化广场', at: [102.8592, 24.8769], schedule: { weeksOfMonth: [1, 3], weekday: 2, period: 'pm' } }],
  },
  {
    ...CHENGGONG,
    id: 'team-cg-bailongtan',
    name: '呈贡区白龙潭社区家庭医生团队',
    institution: '呈贡区洛龙街道社区卫生服务中心',
    phone: '0871-67482320',
    serviceHours: WEEKDAY_HOURS,
    intro: '负责白龙潭社区三个网格，提供中医适宜技术和康复指导。',
    members: [
      ['段红梅', '全科医生', '主治医师'],
      ['施玉', '护士', '主管护师'],
      ['罗兴', '公卫医生', '公共卫生医师'],
      ['王德明', '专科医生', '中医科主治医师'],
    ],
    fixed: [{ name: '白龙潭社区卫生服务站', address: '呈贡区洛龙街道白龙路 36 号', at: [102.8662, 24.8702], hours: WEEKDAY_HOURS }],
  },
];

/** One 五华区 community team: a 社区卫生服务站 of its own and the street's centre. */
function wuhuaTeam(id: string, community: string, centre: TeamSpec['fixed'][number], station: [string, [number, number]], phone: string, members: TeamSpec['members']): TeamSpec {
  return {
    ...WUHUA,
    id,
    name: `五华区${community}家庭医生团队`,
    institution: centre.name,
    phone,
    serviceHours: WEEKDAY_HOURS,
    intro: `负责${community}的网格，为签约居民提供基本医疗、健康管理和转诊预约。`,
    members,
    fixed: [{ name: `${community}卫生服务站`, address: station[0], at: station[1], hours: WEEKDAY_HOURS }, centre],
  };
}

const fengningCentre = { name: '五华区丰宁街道社区卫生服务中心', address: '五华区学府路 128 号', at: [102.6905, 25.0561] as [number, number], hours: CENTRE_HOURS };
const huashanCentre = { name: '五华区华山街道社区卫生服务中心', address: '五华区华山西路 21 号', at: [102.7148, 25.0412] as [number, number], hours: CENTRE_HOURS };

const wuhua: TeamSpec[] = [
  wuhuaTeam('team-wh-sujiatang', '苏家塘社区', fengningCentre, ['五华区苏家塘路 9 号', [102.6811, 25.0531]], '0871-65326101', [['陈丽', '全科医生', '主治医师'], ['刘芳', '护士', '护师'], ['张亚军', '公卫医生', '公共卫生医师']]),
  wuhuaTeam('team-wh-fengning', '丰宁社区', fengningCentre, ['五华区丰宁小区 3 幢旁', [102.6879, 25.0526]], '0871-65326102', [['王海燕', '全科医生', '副主任医师'], ['李娜', '护士', '主管护师'], ['杨波', '公卫医生', '公共卫生医师']]),
  wuhuaTeam('team-wh-longxiang', '龙翔社区', fengningCentre, ['五华区龙翔街 45 号', [102.6941, 25.0533]], '0871-65326103', [['赵敏', '全科医生', '主治医师'], ['黄丽萍', '护士', '护师'], ['吴刚', '公卫医生', '公共卫生医师']]),
  wuhuaTeam('team-wh-mayuan', '麻园社区', fengningCentre, ['五华区麻园新村 12 号', [102.7006, 25.0592]], '0871-65326104', [['徐建华', '全科医生', '主治医师'], ['朱琳', '护士', '护师'], ['高峰', '公卫医生', '公共卫生医师']]),
  wuhuaTeam('team-wh-cuihu', '翠湖社区', huashanCentre, ['五华区翠湖南路 67 号', [102.7071, 25.0391]], '0871-63612201', [['林晓', '全科医生', '副主任医师'], ['何雪', '护士', '主管护师'], ['郭亮', '公卫医生', '公共卫生医师'], ['沈从容', '专科医生', '老年病科主治医师']]),
  wuhuaTeam('team-wh-huashan', '华山社区', huashanCentre, ['五华区五一路 132 号', [102.7129, 25.0389]], '0871-63612202', [['胡静', '全科医生', '主治医师'], ['韩梅', '护士', '护师'], ['邓超', '公卫医生', '公共卫生医师']]),
  wuhuaTeam('team-wh-yuantong', '圆通社区', huashanCentre, ['五华区青云街 205 号', [102.7191, 25.0447]], '0871-63612203', [['曹瑞', '全科医生', '主治医师'], ['彭晓红', '护士', '护师'], ['曾志', '公卫医生', '公共卫生医师']]),
  wuhuaTeam('team-wh-wenlin', '文林社区', huashanCentre, ['五华区文林街 40 号', [102.7252, 25.0391]], '0871-63612204', [['谢文', '全科医生', '主治医师'], ['宋佳', '护士', '护师'], ['唐伟', '公卫医生', '公共卫生医师']]),
];

export const KUNMING_TEAMS = [...chenggong, ...wuhua].map(buildTeam);
