import { Text, View } from '@tarojs/components';
import type { Reading } from '@shared/api/health';

/** One reading in a list: value and what it means in words (never colour alone), when, and by whom. */
export function ReadingLine({ reading }: { reading: Reading }) {
  return (
    <View className='hl-reading' ariaRole='listitem'>
      <View className='hl-reading__head'>
        <Text className={`hl-reading__value hl-level--${reading.level}`}>{reading.valueText}</Text>
        <Text className={`hl-badge hl-level--${reading.level}`}>{reading.levelLabel}</Text>
      </View>
      <Text className='hl-reading__meta'>{`${reading.timeText} · ${reading.recordedBy}${reading.note ? ` · ${reading.note}` : ''}`}</Text>
      {reading.followedUp ? <Text className='hl-reading__meta'>已由{reading.followedUp.by}随访</Text> : null}
    </View>
  );
}
