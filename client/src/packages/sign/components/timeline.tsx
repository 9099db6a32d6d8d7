import { Text, View } from '@tarojs/components';
import type { Contract } from '@shared/api/contract';
import { formatLocalDate } from '../../../lib/date';

const MARKS = { done: '✓', current: '●', upcoming: '○', failed: '✕' } as const;
const STATES = { done: '已完成', current: '当前', upcoming: '未到', failed: '未通过' } as const;

/** The steps of an application and contract, top to bottom, with dates and a word for each state. */
export function Timeline({ steps }: { steps: Contract['timeline'] }) {
  return (
    <View className='sign-timeline' ariaRole='list'>
      {steps.map((s) => (
        <View key={s.key} className={`sign-step sign-step--${s.state}`} ariaRole='listitem' ariaLabel={`${s.title}，${STATES[s.state]}`}>
          <Text className='sign-step__mark'>{MARKS[s.state]}</Text>
          <View className='sign-step__body'>
            <Text className='sign-step__title'>{s.title}</Text>
            {s.at ? <Text className='sign-step__at'>{formatLocalDate(s.at)}</Text> : null}
            {s.detail ? <Text className='sign-step__detail'>{s.detail}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}
