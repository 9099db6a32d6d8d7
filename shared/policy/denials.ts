import type { Decision } from './decide';
import type { Permission } from './permissions';
import { SCOPE_LABELS } from './scopes';

/** The screen message for a refusal; a few permissions word a refusal of their own. */
export function denialMessage(decision: Extract<Decision, { allowed: false }>, permission?: Permission): string {
  if (permission === 'contract.review') {
    return decision.reason === 'own_case' ? '不能审核自己或自己代签的签约申请，请由团队其他成员办理' : '这份签约申请不是提交给您所在团队的';
  }
  if (permission === 'appointment.attend' || permission === 'visit.record') {
    return decision.reason === 'own_case' ? '不能为自己的预约登记到诊或服务记录，请由团队其他成员办理' : '只有预约所在团队的成员可以登记到诊和服务记录';
  }
  const scope = decision.missingScope ? `“${SCOPE_LABELS[decision.missingScope]}”` : '';
  switch (decision.reason) {
    case 'guardian_pending':
      return '代管授权还没有生效：对方同意（或家庭医生团队当面核实）之前，只能浏览团队和服务包';
    case 'guardian_ended':
      return '代管授权已被撤销或未被同意，无法继续代办';
    case 'consent_expired':
      return '代管授权已过期（有效期12个月），请续期后再办理';
    case 'age_rule':
      return `对方已满14或18周岁，${scope}需要本人同意后才能代办`;
    case 'scope_missing':
      return `您没有${scope}的代管权限`;
    case 'own_case':
      return '不能核实与自己有关的代管授权，请由家庭医生团队的其他成员办理';
    case 'identity_unverified':
      return '请先完成身份核验（人脸核身或到家庭医生团队当面核验），核验后才能查看和答复与本人有关的代管与访问记录';
    case 'owner_only':
      return '这项操作只能由本人办理';
    case 'staff_other_team':
      return '该居民不属于您所在的家庭医生团队';
    default:
      return '您没有权限查看或办理该居民的事务';
  }
}
