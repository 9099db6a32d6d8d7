import { Text, View } from '@tarojs/components';
import type { Contract } from '@shared/api/contract';
import { Card, InfoRow } from '../../../components';
import { formatLocalDate } from '../../../lib/date';
import { feeText, yuanText } from '../lib/labels';
import { StatusBadge } from './status-badge';

/** A contract at a glance: team, status, period, packages with fees, and who signed. */
export function ContractSummary({ contract, title }: { contract: Contract; title?: string }) {
  return (
    <Card className='sign-summary'>
      <View className='sign-summary__head'>
        <Text className='sign-summary__title'>{title ?? contract.team.name}</Text>
        <StatusBadge contract={contract} />
      </View>
      {title ? <InfoRow label='家庭医生团队' value={contract.team.name} /> : null}
      <InfoRow label='签约居民' value={contract.residentName} />
      {contract.period ? (
        <>
          <InfoRow label='生效日期' value={formatLocalDate(contract.period.start)} />
          <InfoRow label='到期日期' value={formatLocalDate(contract.period.end)} />
        </>
      ) : null}
      {contract.renewal?.open ? <InfoRow label='距到期' value={`${contract.renewal.daysLeft}天，可以续约`} /> : null}
      <InfoRow label='团队电话' value={contract.team.phone} />
      <View className='sign-summary__packages'>
        {contract.packages.map((p) => (
          <View key={p.code} className='sign-summary__package'>
            <Text className='sign-summary__package-name'>{p.name}</Text>
            <Text className='sign-summary__package-fee'>{feeText(p)}</Text>
          </View>
        ))}
      </View>
      <InfoRow label='每年个人自付' value={yuanText(contract.fees.selfPayYuan)} />
      <InfoRow label='签署' value={contract.signedBy.label} />
    </Card>
  );
}
