import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import type { Guardianship } from '@shared/api/guardianship';
import { GUARDIAN_RELATION_LABELS, RELATION_LABELS } from '@shared/resident/vocabulary';
import { InfoRow } from '../../../components';
import { consentUntil, nextChangeText, scopesText, statusOf } from '../lib/labels';

export interface GuardianshipCardProps {
  g: Guardianship;
  /** `guardian`: the card names the resident; `resident`: it names the guardian. */
  side: 'guardian' | 'resident';
}

/** One proxy-access relation: who, its state, what it allows now and until when. */
export function GuardianshipCard({ g, side, children }: PropsWithChildren<GuardianshipCardProps>) {
  const status = statusOf(g, side);
  const who = side === 'guardian' ? `${g.residentName}（${RELATION_LABELS[g.relation]}）` : `${g.guardianName}（${GUARDIAN_RELATION_LABELS[g.relation]}）`;
  const until = consentUntil(g);
  const next = nextChangeText(g);
  return (
    <View className='ui-card family-person'>
      <View className='family-person__head'>
        <Text className='family-person__name'>{who}</Text>
        <Text className={`family-badge family-badge--${status.tone}`}>{status.text}</Text>
      </View>
      <InfoRow label='申请的权限' value={scopesText(g.requestedScopes)} />
      <InfoRow label='现在可以' value={scopesText(g.effectiveScopes)} />
      {until ? <InfoRow label='授权有效至' value={until} /> : null}
      {next ? <Text className='family-note'>{next}</Text> : null}
      {children ? <View className='family-actions'>{children}</View> : null}
    </View>
  );
}
