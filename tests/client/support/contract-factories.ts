import type { ActionOutput } from '@shared/api';
import type { Contract, PackageOffer } from '@shared/api/contract';

/** The 石龙湖 team as contracts and package offers name it. */
export const SHILONGHU_TEAM = { id: 'team-cg-shilonghu', name: '呈贡区石龙湖社区家庭医生团队', institution: '呈贡区洛龙街道社区卫生服务中心', phone: '0871-67482316' };

/** A contract as the contract actions answer it; override what the test is about. */
export function contractOf(over: Partial<Contract> = {}): Contract {
  return {
    id: 'ct-test',
    residentId: 'rs-ligl',
    residentName: '李桂兰',
    team: { ...SHILONGHU_TEAM },
    kind: 'regular',
    purpose: 'new',
    previousContractId: null,
    status: 'active',
    statusLabel: '生效中',
    packages: [{ code: 'basic', name: '基础包', kind: 'basic', feeYuan: 0, insuranceYuan: 0, selfPayYuan: 0, services: ['建立和管理居民健康档案'] }],
    fees: { totalYuan: 0, insuranceYuan: 0, selfPayYuan: 0 },
    period: { start: '2026-03-10T02:00:00.000Z', end: '2027-03-09T15:59:59.999Z' },
    signedBy: { as: 'self', name: '李桂兰', relationLabel: null, label: '本人签署' },
    submittedAt: '2026-03-01T02:00:00.000Z',
    reason: null,
    review: null,
    ended: null,
    agreement: { templateVersion: '2026.1', hash: 'a'.repeat(64) },
    timeline: [],
    renewal: { opensAt: '2027-02-06T16:00:00.000Z', open: false, daysLeft: 200 },
    ...over,
  };
}

export function offerOf(over: Partial<PackageOffer> = {}): PackageOffer {
  return {
    code: 'basic',
    name: '基础包',
    kind: 'basic',
    summary: '国家基本公共卫生服务',
    services: ['建立和管理居民健康档案'],
    feeYuan: 0,
    insuranceYuan: 0,
    selfPayYuan: 0,
    coverageNote: null,
    forWhom: '所有签约居民',
    required: true,
    eligible: true,
    basis: '所有签约居民',
    reason: null,
    fixInProfile: false,
    ...over,
  };
}

export const SHILONGHU_OFFERS: PackageOffer[] = [
  offerOf(),
  offerOf({ code: 'chronic', name: '慢病管理包', kind: 'personalised', required: false, feeYuan: 200, insuranceYuan: 60, selfPayYuan: 140, basis: '已登记：高血压' }),
  offerOf({ code: 'maternal_child', name: '妇幼保健包', kind: 'personalised', required: false, feeYuan: 200, selfPayYuan: 200, eligible: false, basis: null, reason: '仅适用于孕产妇和0-6岁儿童' }),
];

export function mineOf(over: Partial<ActionOutput<'contract.mine'>> = {}): ActionOutput<'contract.mine'> {
  return { residentId: 'rs-ligl', residentName: '李桂兰', current: null, next: null, history: [], canSign: true, ...over };
}
