import type { Contract } from '@shared/api/contract';
import { yuanText } from '@shared/contract/packages';
import { formatLocalDate } from '../../../lib/date';

export { yuanText };

/** `2026年3月10日 至 2027年3月9日`. */
export function periodText(c: Pick<Contract, 'period'>): string | null {
  return c.period ? `${formatLocalDate(c.period.start)} 至 ${formatLocalDate(c.period.end)}` : null;
}

/** The badge tone of a status: in effect, waiting, or over. */
export function statusTone(status: Contract['status']): 'ok' | 'wait' | 'off' {
  if (status === 'active') return 'ok';
  if (status === 'pending_review' || status === 'scheduled') return 'wait';
  return 'off';
}

/** Fee line of a package: 免费, or 200元/年（医保付60元，自付140元）. */
export function feeText(p: { feeYuan: number; insuranceYuan: number; selfPayYuan: number }): string {
  if (p.feeYuan === 0) return '免费';
  if (p.insuranceYuan > 0) return `${p.feeYuan}元/年（医保统筹付${p.insuranceYuan}元，个人自付${p.selfPayYuan}元）`;
  return `${p.feeYuan}元/年（个人自付）`;
}

/** What an application asks for, as a reviewer reads it. */
export const PURPOSE_TEXT = { new: '新签约', switch: '换签', renew: '续约' } as const;
