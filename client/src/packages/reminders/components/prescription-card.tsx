import { Text, View } from '@tarojs/components';
import type { ReminderOverview } from '@shared/api/reminder';
import { instruction, weekdaysText } from '@shared/reminder/vocabulary';
import { formatLocalDate } from '../../../lib/date';

type Props = Pick<ReminderOverview, 'plans' | 'prescriptions'> & { name: string; onEditPlan?: (planId: string) => void };

function Sections({ list, empty }: { list: { heading: string; text: string }[]; empty: string }) {
  if (list.length === 0) return <Text className='rm-rx__empty'>{empty}</Text>;
  return (
    <>
      {list.map((s, i) => (
        <View key={`${s.heading}-${i}`} className='rm-rx__item'>
          <Text className='rm-rx__heading'>{s.heading}</Text>
          <Text className='rm-rx__text'>{s.text}</Text>
        </View>
      ))}
    </>
  );
}

/**
 * The three prescriptions (用药、膳食、运动处方) on one card, large enough to read and to show the
 * doctor at a visit.
 */
export function PrescriptionCard({ name, plans, prescriptions, onEditPlan }: Props) {
  return (
    <View className='rm-rx' ariaRole='region' ariaLabel={`${name}的三个处方`}>
      <Text className='rm-rx__title'>{name}的三个处方</Text>
      <View className='rm-rx__part'>
        <Text className='rm-rx__label'>用药处方</Text>
        {plans.length === 0 ? <Text className='rm-rx__empty'>还没有用药提醒</Text> : null}
        {plans.map((p) => (
          <View
            key={p.id}
            className='rm-rx__item'
            ariaRole={onEditPlan ? 'button' : undefined}
            ariaLabel={onEditPlan ? `修改${p.drug}的提醒` : undefined}
            onClick={onEditPlan ? () => onEditPlan(p.id) : undefined}
          >
            <Text className='rm-rx__heading'>{p.drug}</Text>
            <Text className='rm-rx__text'>
              {`${instruction(p.dose, p.unit, p.meal)} · ${weekdaysText(p.weekdays)} ${p.times.join('、')}`}
              {p.endDate ? ` · 至${formatLocalDate(p.endDate)}` : ''}
            </Text>
            {p.notes ? <Text className='rm-rx__note'>{p.notes}</Text> : null}
            {p.stock !== null ? (
              <Text className={p.stockDays !== null && p.stockDays <= 3 ? 'rm-rx__stock rm-rx__stock--low' : 'rm-rx__stock'}>
                {`还剩 ${p.stock}${p.unit}${p.stockDays !== null ? `，约够 ${p.stockDays} 天` : ''}`}
              </Text>
            ) : null}
          </View>
        ))}
      </View>
      <View className='rm-rx__part'>
        <Text className='rm-rx__label'>膳食处方</Text>
        <Sections list={prescriptions?.diet ?? []} empty='家庭医生团队还没有开膳食处方' />
      </View>
      <View className='rm-rx__part'>
        <Text className='rm-rx__label'>运动处方</Text>
        <Sections list={prescriptions?.exercise ?? []} empty='家庭医生团队还没有开运动处方' />
      </View>
      {prescriptions ? <Text className='rm-rx__author'>{`${prescriptions.author} 开具于 ${formatLocalDate(prescriptions.updatedAt)}`}</Text> : null}
    </View>
  );
}
