import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Reading } from '@shared/api/health';
import { Button } from '../../../components';

/**
 * What to do now about an urgent reading, shown at once and without a pop-up: the reading, the advice
 * in plain words, one tap to call the family doctor and one to call 120.
 */
export function UrgentPanel({ reading, team, alerted }: { reading: Reading; team: { name: string; phone: string } | null; alerted: number }) {
  return (
    <View className='hl-urgent' ariaRole='alert'>
      <Text className='hl-urgent__title'>⚠ 这次{reading.kindLabel}读数危急</Text>
      <Text className='hl-urgent__value'>{reading.valueText}</Text>
      <Text className='hl-urgent__advice'>{reading.advice}</Text>
      {alerted > 0 ? <Text className='hl-urgent__told'>已通知家庭医生团队和家人（{alerted}人）</Text> : null}
      <View className='hl-urgent__actions'>
        {team ? (
          <Button onClick={() => void Taro.makePhoneCall({ phoneNumber: team.phone })}>联系家庭医生（{team.name}）</Button>
        ) : null}
        <Button variant='secondary' onClick={() => void Taro.makePhoneCall({ phoneNumber: '120' })}>
          有胸痛、头痛、说话不清等症状：拨打120
        </Button>
      </View>
    </View>
  );
}
