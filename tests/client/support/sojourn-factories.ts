import type { Stay } from '@shared/api/sojourn';

/** The 思茅 sojourn team as stays and team cards name it. */
export const SIMAO_TEAM = { id: 'team-pe-sojourn-simao', name: '普洱思茅区旅居服务家庭医生团队', institution: '思茅区南屏镇卫生院', phone: '0879-2136620' };

/** 陈建国's stay in 思茅区, under way, as the sojourn actions answer it; override what the test is about. */
export function stayOf(over: Partial<Stay> = {}): Stay {
  return {
    id: 'sj-1', residentId: 'rs-chen', residentName: '陈建国', team: SIMAO_TEAM,
    status: 'active', statusLabel: '旅居中', phase: 'during', arrival: '2026-12-01', departure: '2027-02-28', days: 90,
    address: '思茅区茶马古城旅游小镇B区2栋301', emergencyContact: { name: '陈晓燕', phone: '13904510002' },
    homeInstitution: { name: '哈尔滨市南岗区王岗镇社区卫生服务中心', phone: '0451-86661234' }, homeTeam: null,
    conditions: '高血压10年', medicines: '硝苯地平缓释片', shareScopes: ['conditions'], reviewReason: null, closingNote: null,
    can: { extend: true, end: true, summary: false },
    ...over,
  };
}
