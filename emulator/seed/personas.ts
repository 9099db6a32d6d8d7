/** Demo people for the local dev login. All names and numbers are invented. */
export interface Persona {
  openid: string;
  nickname: string;
  description: string;
  staff: { teamId: string; name: string; role: string } | null;
}

export const PERSONAS: Persona[] = [
  {
    openid: 'o-resident-ligl',
    nickname: '李桂兰',
    description: '80 岁，独居在呈贡区石龙湖社区，有高血压',
    staff: null,
  },
  {
    openid: 'o-resident-wangmin',
    nickname: '王敏',
    description: '李桂兰的女儿，在昆明五华区上班，替母亲办事',
    staff: null,
  },
  {
    openid: 'o-resident-wanglei',
    nickname: '王磊',
    description: '李桂兰的儿子，在上海工作，申请查看母亲的健康档案，等母亲同意',
    staff: null,
  },
  {
    openid: 'o-resident-liuzm',
    nickname: '刘志明',
    description: '72 岁，住呈贡区石龙湖社区，有高血压和糖尿病，刚提交签约申请，等张毅审核',
    staff: null,
  },
  {
    openid: 'o-resident-chenjg',
    nickname: '陈建国',
    description: '68 岁，哈尔滨退休职工，冬天在普洱思茅区旅居',
    staff: null,
  },
  {
    openid: 'o-resident-hewy',
    nickname: '何文英',
    description: '78 岁，住呈贡区石龙湖社区，用人脸核身认领了外孙替她建的健康档案',
    staff: null,
  },
  {
    openid: 'o-resident-sunq',
    nickname: '孙强',
    description: '何文英的外孙，替外婆建档时误选了“本人”；外婆认领后，消息中心有一条通知',
    staff: null,
  },
  {
    openid: 'o-resident-new',
    nickname: '新用户',
    description: '第一次打开小程序，还没有任何资料',
    staff: null,
  },
  {
    openid: 'o-staff-zhangyi',
    nickname: '张毅',
    description: '呈贡区石龙湖社区家庭医生团队 · 全科医生',
    staff: { teamId: 'team-cg-shilonghu', name: '张毅', role: '全科医生' },
  },
  {
    openid: 'o-staff-yujx',
    nickname: '余建新',
    description: '怒江州福贡县匹河怒族乡第一家庭医生团队 · 全科医生，按日子到各村流动服务点',
    staff: { teamId: 'team-nj-pihe-1', name: '余建新', role: '全科医生' },
  },
  {
    openid: 'o-staff-yangli',
    nickname: '杨丽',
    description: '普洱思茅区旅居服务家庭医生团队 · 护士',
    staff: { teamId: 'team-pe-sojourn-simao', name: '杨丽', role: '护士' },
  },
];
