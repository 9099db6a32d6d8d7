import { Text } from '@tarojs/components';
import type { Contract } from '@shared/api/contract';
import { statusTone } from '../lib/labels';

/** The status in words, coloured by tone but readable without colour. */
export function StatusBadge({ contract }: { contract: Pick<Contract, 'status' | 'statusLabel'> }) {
  return <Text className={`sign-badge sign-badge--${statusTone(contract.status)}`}>{contract.statusLabel}</Text>;
}
