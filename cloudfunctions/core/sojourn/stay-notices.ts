import type { Notification } from '../notices/notify';
import type { StayDoc } from './stay-docs';
import { stayDays } from '../../../shared/sojourn/stay-rules';

/**
 * Notices about a registration go to the resident and family who may sign for them, at send time.
 * The registration is a contract of kind `sojourn`, so the notice names it: the message centre opens
 * the sojourn pages from it.
 */
function about(stay: StayDoc, kind: Notification['notice']['kind'], title: string, body: string): Notification {
  return { residentId: stay.residentId, scope: 'sign', contractId: stay._id, notice: { kind, title, body }, message: null };
}

export function reviewedNotice(stay: StayDoc): Notification {
  const { arrival, departure } = stayDays(stay.period);
  if (stay.status === 'rejected') {
    return about(stay, 'stay_rejected', '旅居登记未通过', `${stay.team.name}未通过${stay.residentName}的旅居登记。理由：${stay.review?.reason ?? ''}。可致电 ${stay.team.phone} 咨询。`);
  }
  return about(
    stay,
    'stay_approved',
    '旅居登记已通过',
    `${stay.team.name}已通过${stay.residentName}的旅居登记，${arrival}至${departure}期间由该团队就近照护，家乡的签约照常保留。`,
  );
}

export function overNotice(stay: StayDoc): Notification {
  return about(stay, 'stay_over', '旅居已结束，可查看旅居健康小结', `${stay.residentName}在${stay.team.name}的旅居服务已结束。旅居健康小结已生成，可以在“我的”中查看或转给家乡的医生。`);
}
