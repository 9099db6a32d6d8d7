import { Text, View } from '@tarojs/components';
import type { WellnessServiceView } from '@shared/api/grid';
import { wellnessFeeText, wellnessGroups } from '@shared/sojourn/wellness';
import { Card } from '../../../components';

/**
 * The 康养 / 理疗 services a sojourn team offers beside the contract, each with its fee in 元 (自费),
 * grouped by kind. Nothing is shown for a team without such services.
 */
export function WellnessList({ services }: { services: readonly WellnessServiceView[] }) {
  const groups = wellnessGroups(services);
  if (groups.length === 0) return null;
  return (
    <Card title='康养和理疗服务' className='sj-wellness'>
      <Text className='sj-muted'>旅居期间可向团队预约，费用自付，医保不报销。</Text>
      {groups.map((g) => (
        <View key={g.kind} className='sj-wellness__group'>
          <Text className='sj-wellness__kind'>{g.label}</Text>
          <View ariaRole='list' ariaLabel={`${g.label}服务`}>
            {g.services.map((s) => (
              <View key={s.name} className='sj-wellness__item' ariaRole='listitem'>
                <View className='sj-wellness__row'>
                  <Text className='sj-wellness__name'>{s.name}</Text>
                  <Text className='sj-wellness__fee'>{wellnessFeeText(s)}</Text>
                </View>
                {s.note ? <Text className='sj-field__hint'>{s.note}</Text> : null}
              </View>
            ))}
          </View>
        </View>
      ))}
    </Card>
  );
}
