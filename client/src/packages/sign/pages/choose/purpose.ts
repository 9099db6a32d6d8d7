import type { ActionOutput } from '@shared/api';
import { formatLocalDate } from '../../../../lib/date';
import type { SigningPurpose } from '../../lib/routes';

type Mine = ActionOutput<'contract.mine'>;

export interface Situation {
  purpose: SigningPurpose;
  previousContractId?: string;
  /** A line telling the person what this signing does to their current contract. */
  note: string | null;
  /** Why they cannot sign here now, with the contract to look at. */
  blocked: { message: string; contractId?: string } | null;
}

/**
 * What signing with `teamId` means for this person now: a first contract, a switch (another team
 * while one is in effect), or a renewal (from 30 days before the end, with this team or another).
 */
export function decidePurpose(teamId: string, mine: Mine | null, asked?: SigningPurpose): Situation {
  if (!mine) return { purpose: 'new', note: null, blocked: null };
  if (!mine.canSign) return { purpose: 'new', note: null, blocked: { message: '您没有为TA签约的代管权限，请让TA本人办理，或请TA授予“签约、续约和修改档案”权限' } };
  if (mine.next) {
    const waiting = mine.next.status === 'scheduled' ? '已续约，新的签约还未生效' : `已有一份申请正在等待${mine.next.team.name}审核`;
    return { purpose: 'new', note: null, blocked: { message: waiting, contractId: mine.next.id } };
  }
  const current = mine.current;
  if (!current) {
    const last = mine.history.find((c) => c.status === 'expired');
    if (asked === 'renew' && last) return { purpose: 'renew', previousContractId: last.id, note: '续约后重新开始一年的服务', blocked: null };
    return { purpose: 'new', note: null, blocked: null };
  }
  const end = current.period ? formatLocalDate(current.period.end) : '';
  if (current.renewal?.open) {
    const other = current.team.id !== teamId;
    return {
      purpose: 'renew',
      previousContractId: current.id,
      note: `${other ? '续约到该团队' : '续约'}：新的一年从现签约到期（${end}）后开始`,
      blocked: null,
    };
  }
  if (current.team.id === teamId) {
    return { purpose: 'new', note: null, blocked: { message: `已与该团队签约，服务期至${end}。到期前30天起可以续约`, contractId: current.id } };
  }
  return {
    purpose: 'switch',
    previousContractId: current.id,
    note: `您已与${current.team.name}签约。换签经新团队审核通过后，原签约同时结束`,
    blocked: null,
  };
}
