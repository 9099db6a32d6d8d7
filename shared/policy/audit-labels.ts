/** How each audited action reads in the resident's access record (谁看过我的信息). */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'resident.createProfile': '为您建立健康档案',
  'resident.getProfile': '查看健康档案',
  'resident.updateProfile': '修改健康档案',
  'resident.requestAccess': '申请代管',
  'resident.respondToRequest': '答复代管申请',
  'resident.revokeAccess': '撤销代管',
  'resident.verifyConsent': '当面核实代管授权',
  'resident.renewConsent': '续期代管授权',
  'resident.listGuardians': '查看代管人名单',
  'resident.pendingConsents': '查看待核实的代管申请',
  'resident.auditTrail': '查看访问记录',
  'resident.verifyIdentity': '通过人脸核身核验本人身份',
  'resident.claimProfile': '核验身份后认领档案，原持有人不能再访问',
  'resident.verifyIdentityInPerson': '当面核验本人身份',
  'contract.packages': '查看可选的服务包',
  'contract.preview': '查看签约协议',
  'contract.apply': '提交签约申请',
  'contract.switchTeam': '申请换签',
  'contract.renew': '申请续约',
  'contract.cancel': '解约或撤回签约申请',
  'contract.review': '审核签约申请',
  'contract.reviewQueue': '查看待审核的签约申请',
  'contract.get': '查看签约',
  'contract.agreement': '查看签约协议原文',
  'contract.mine': '查看签约情况',
  'contract.overview': '查看签约情况',
  'health.record': '记录血压、血糖或体重',
  'health.chart': '查看血压、血糖记录',
  'health.followUp': '随访异常读数',
  'health.confirmRisk': '确认老年人风险等级',
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? '访问您的信息';
}
