import { Text, View } from '@tarojs/components';
import type { Dose } from '@shared/api/reminder';
import { Button } from '../../../components';

const STATE_LABELS: Record<Dose['state'], string> = {
  taken: '已服',
  skipped: '已跳过',
  due: '该吃药了',
  upcoming: '未到时间',
  missed: '未确认',
};

export interface DoseListProps {
  doses: Dose[];
  /** The dose being confirmed right now, to show its button busy. */
  busy: string | null;
  /** Null: the caller may look but not confirm. */
  onConfirm: ((dose: Dose, state: 'taken' | 'skipped') => void) | null;
}

const keyOf = (d: Dose) => `${d.planId}@${d.dueAt}`;

/** Today's doses in time order, each confirmed with one tap (已服) or skipped. */
export function DoseList({ doses, busy, onConfirm }: DoseListProps) {
  return (
    <View ariaRole='list' ariaLabel='今天的服药'>
      {doses.map((d) => {
        const open = d.state === 'due' || d.state === 'missed' || d.state === 'upcoming';
        return (
          <View key={keyOf(d)} ariaRole='listitem' className={`rm-dose rm-dose--${d.state}`}>
            <View className='rm-dose__head'>
              <Text className='rm-dose__time'>{d.time}</Text>
              <View className='rm-dose__what'>
                <Text className='rm-dose__drug'>{d.drug}</Text>
                <Text className='rm-dose__instruction'>{d.instruction}</Text>
              </View>
              <Text className={`rm-badge rm-badge--${d.state}`}>{STATE_LABELS[d.state]}</Text>
            </View>
            {open && onConfirm ? (
              <View className='rm-dose__actions'>
                <Button loading={busy === keyOf(d)} onClick={() => onConfirm(d, 'taken')}>
                  已服 {d.time} 的药
                </Button>
                <Button variant='secondary' disabled={busy === keyOf(d)} onClick={() => onConfirm(d, 'skipped')}>
                  这次不吃
                </Button>
              </View>
            ) : null}
          </View>
        );
      })}
    </View>
  );
}

export { keyOf as doseKey };
