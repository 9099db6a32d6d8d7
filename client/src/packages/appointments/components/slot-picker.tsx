import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { Slot } from '@shared/api/appointment';
import type { ActionOutput } from '@shared/api';

type Days = ActionOutput<'appointment.slots'>['days'];

const stateText = (s: Slot) =>
  s.state === 'closed' ? '停诊' : s.state === 'full' ? '已约满' : s.state === 'held_for_you' ? '为您保留' : `余${s.left}`;

/**
 * The next 14 days as large day tabs, then each point's slots of the chosen day. A full slot can be
 * chosen too, to ask for 有号提醒.
 */
export function SlotPicker({ days, picked, onPick }: { days: Days; picked: string | null; onPick: (slot: Slot, point: Days[number]['points'][number]) => void }) {
  const [day, setDay] = useState(days[0]?.day ?? '');
  const current = days.find((d) => d.day === day) ?? days[0];
  if (!current) return <Text className='ap-note'>未来14天还没有可预约的号源，请稍后再来或致电团队。</Text>;
  return (
    <View>
      <View className='ap-days' role='tablist' aria-label='选择日期'>
        {days.map((d) => {
          const [date, week] = d.dayText.split(' ');
          const on = d.day === current.day;
          return (
            <View key={d.day} className={`ap-day${on ? ' ap-day--on' : ''}`} role='tab' aria-selected={on} onClick={() => setDay(d.day)}>
              <Text className='ap-day__date'>{date}</Text>
              <Text className='ap-day__week'>{week}</Text>
            </View>
          );
        })}
      </View>
      {current.points.map((p) => (
        <View key={`${p.pointId}|${p.kind}`} className='ap-point' role='tabpanel'>
          <Text className='ap-point__name'>{`${p.pointName} · ${p.kindLabel}`}</Text>
          <Text className='ap-point__addr'>{p.pointAddress}</Text>
          <View className='ap-slots'>
            {p.slots.map((s) => (
              <View
                key={s.id}
                className={`ap-slot ap-slot--${s.state}${picked === s.id ? ' ap-slot--picked' : ''}`}
                role='radio'
                aria-checked={picked === s.id}
                aria-label={`${s.timeText} ${stateText(s)}`}
                onClick={() => (s.state === 'closed' || s.mine ? undefined : onPick(s, p))}
              >
                <Text>{s.timeText}</Text>
                <Text className='ap-slot__left'>{s.mine ? '已预约' : stateText(s)}</Text>
              </View>
            ))}
          </View>
        </View>
      ))}
    </View>
  );
}
