import { Text } from '@tarojs/components';
import type { Stay } from '@shared/api/sojourn';
import { Card, InfoRow } from '../../../components';

/**
 * The registration under way, as a notice about it opens it: where it stands, the dates and how to
 * reach the team. One registration at a time; changes are made on the me tab.
 */
export function StayStatus({ stay }: { stay: Stay }) {
  return (
    <Card title='我的旅居登记' className='sj-status'>
      <InfoRow label='状态' value={stay.statusLabel} />
      <InfoRow label='旅居团队' value={stay.team.name} />
      <InfoRow label='旅居日期' value={`${stay.arrival} 至 ${stay.departure}（${stay.days}天）`} />
      <InfoRow label='团队电话' value={stay.team.phone} />
      <InfoRow label='旅居住址' value={stay.address} />
      <Text className='sj-muted'>同一时间只能登记一处旅居，可在“我的”中延长或提前结束。</Text>
    </Card>
  );
}

/** A registration the team turned down: its reason, above the form to register again. */
export function TurnedDown({ stay }: { stay: Stay }) {
  return (
    <Card title='上次登记未通过' className='sj-status'>
      <InfoRow label='旅居团队' value={`${stay.team.name} ${stay.team.phone}`} />
      <InfoRow label='原因' value={stay.reviewReason ?? '团队没有说明原因'} />
      <Text className='sj-muted'>请按原因修改后重新提交，也可以先致电团队咨询。</Text>
    </Card>
  );
}
