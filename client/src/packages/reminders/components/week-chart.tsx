import { Text, View } from '@tarojs/components';
import type { ReminderOverview } from '@shared/api/reminder';
import { weekdayOf } from '@shared/reminder/schedule';
import { WEEKDAY_LABELS } from '@shared/reminder/vocabulary';

type Day = ReminderOverview['week'][number];

const pct = (n: number, of: number) => `${of === 0 ? 0 : Math.round((100 * n) / of)}%`;

function describe(day: Day): string {
  if (day.due === 0) return '没有需要服的药';
  return `应服${day.due}次，已服${day.taken}次${day.skipped ? `，跳过${day.skipped}次` : ''}${day.missed ? `，漏服${day.missed}次` : ''}`;
}

/**
 * The week's adherence as seven bars (one a day, oldest first): the height of each colour is the
 * share of that day's doses taken, skipped or missed. Screen readers hear each day as a sentence.
 */
export function WeekChart({ week, rate }: { week: Day[]; rate: number | null }) {
  const summary = rate === null ? '这一周还没有需要服的药' : `这一周按时服药 ${rate}%`;
  return (
    <View className='rm-chart'>
      <Text className='rm-chart__summary'>{summary}</Text>
      <View className='rm-chart__bars' ariaRole='list' ariaLabel='最近7天服药情况'>
        {week.map((day) => (
          <View key={day.day} className='rm-chart__day' ariaRole='listitem' ariaLabel={`${day.day.slice(5)} 星期${WEEKDAY_LABELS[weekdayOf(day.day) - 1]}：${describe(day)}`}>
            <View className='rm-chart__bar'>
              {day.due === 0 ? (
                <View className='rm-chart__seg rm-chart__seg--none' style={{ height: '100%' }} />
              ) : (
                <>
                  <View className='rm-chart__seg rm-chart__seg--missed' style={{ height: pct(day.missed, day.due) }} />
                  <View className='rm-chart__seg rm-chart__seg--skipped' style={{ height: pct(day.skipped, day.due) }} />
                  <View className='rm-chart__seg rm-chart__seg--taken' style={{ height: pct(day.taken, day.due) }} />
                </>
              )}
            </View>
            <Text className='rm-chart__label'>{WEEKDAY_LABELS[weekdayOf(day.day) - 1]}</Text>
          </View>
        ))}
      </View>
      <View className='rm-chart__legend'>
        <Text className='rm-legend rm-legend--taken'>已服</Text>
        <Text className='rm-legend rm-legend--skipped'>跳过</Text>
        <Text className='rm-legend rm-legend--missed'>漏服</Text>
      </View>
    </View>
  );
}
