import { dayText } from '../../../shared/contract/period';
import { PURPOSE_LABELS } from '../../../shared/contract/status';
import { localDay } from '../../../shared/resident/age';
import { pagePath } from '../../../shared/pages/page-paths';
import type { ContractDoc } from './contract-docs';
import type { Notification } from '../notices/notify';
import type { NoticeText } from '../notices/notice-repository';
import { thing, wxTime } from '../wx/fields';
import type { Message } from '../wx/subscribe-message';

/** The contract page a message about a contract opens. */
export const contractPage = (contractId: string) => pagePath('signContract', { contractId });

/**
 * A notice about a contract, for the resident and every guardian who may sign for them (scope `sign`)
 * at the time it is sent.
 */
export function aboutContract(c: ContractDoc, notice: NoticeText, message: Omit<Message, 'page'> | null): Notification {
  return { residentId: c.residentId, scope: 'sign', contractId: c._id, notice, message: message ? { ...message, page: contractPage(c._id) } : null };
}

const periodText = (c: ContractDoc) => (c.period ? `${dayText(new Date(c.period.start))}至${dayText(new Date(c.period.end))}` : '');

/** What the resident is told when the team has answered an application. */
export function reviewNotice(c: ContractDoc, at: Date): { notice: NoticeText; message: Omit<Message, 'page'> } {
  const what = `家庭医生${PURPOSE_LABELS[c.purpose]}`;
  if (c.status === 'rejected') {
    const reason = c.review?.reason ?? '';
    return {
      notice: { kind: 'rejected', title: `${what}申请未通过`, body: `${c.team.name}未通过${c.residentName}的${what}申请。理由：${reason}。可以修改后重新申请，或致电团队 ${c.team.phone}。` },
      message: { template: 'contractReviewResult', data: { thing1: thing(`${c.residentName}的${what}`), phrase2: '未通过', thing3: thing(c.team.name), time4: wxTime(at), thing5: thing(reason) } },
    };
  }
  const scheduled = c.status === 'scheduled';
  const body = scheduled
    ? `${c.team.name}已通过${c.residentName}的续约，新的签约将于${dayText(new Date(c.period!.start))}生效，服务期${periodText(c)}。`
    : `${c.team.name}已通过${c.residentName}的${what}申请，签约已生效，服务期${periodText(c)}。`;
  return {
    notice: { kind: 'approved', title: `${what}申请已通过`, body },
    message: {
      template: 'contractReviewResult',
      data: { thing1: thing(`${c.residentName}的${what}`), phrase2: '已通过', thing3: thing(c.team.name), time4: wxTime(at), thing5: thing(`服务期至${dayText(new Date(c.period!.end))}`) },
    },
  };
}

/** The one notice 30 days before the end. */
export function renewalNotice(c: ContractDoc): { notice: NoticeText; message: Omit<Message, 'page'> } {
  const end = new Date(c.period!.end);
  return {
    notice: {
      kind: 'renewal_due',
      title: '签约即将到期，可以续约了',
      body: `${c.residentName}与${c.team.name}的签约将于${dayText(end)}到期。现在可以在小程序中一键续约，续约后服务不中断。`,
    },
    message: {
      template: 'renewalNotice',
      data: { thing1: thing(`${c.residentName}的家庭医生签约`), date2: localDay(end), thing3: thing(c.team.name), thing4: '到期前可在小程序一键续约' },
    },
  };
}

export function expiredNotice(c: ContractDoc): NoticeText {
  return {
    kind: 'expired',
    title: '签约已到期',
    body: `${c.residentName}与${c.team.name}的签约已于${dayText(new Date(c.period!.end))}到期。续约后可继续享受家庭医生服务。`,
  };
}

export function renewedNotice(c: ContractDoc): NoticeText {
  return { kind: 'renewed', title: '续约已生效', body: `${c.residentName}与${c.team.name}的新签约已生效，服务期${periodText(c)}。` };
}
