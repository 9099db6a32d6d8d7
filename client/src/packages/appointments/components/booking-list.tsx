import { Text, View } from '@tarojs/components';
import type { Appointment } from '@shared/api/appointment';
import { Button } from '../../../components';

const hoursBefore = (a: Appointment) => Math.round((Date.parse(a.startsAt) - Date.parse(a.cancelDeadline)) / 3_600_000);

/** Bookings still to come, each with 取消 and 改约 while the cancel window is open. */
export function BookingList(props: { items: Appointment[]; busy: string | null; onCancel: (a: Appointment) => void; onReschedule: (a: Appointment) => void }) {
  const { items, busy, onCancel, onReschedule } = props;
  if (items.length === 0) return <Text className='ap-note'>没有待就诊的预约</Text>;
  return (
    <View>
      {items.map((a) => (
        <View key={a.id} className='ap-booking'>
          <Text className='ap-booking__when'>{`${a.dayText} ${a.timeText}`}</Text>
          <Text className='ap-note'>{`${a.pointName} · ${a.kindLabel}${a.address ? ` · ${a.address}` : ''}`}</Text>
          {a.canCancel ? (
            <View className='ap-actions'>
              <Button variant='secondary' loading={busy === a.id} onClick={() => onCancel(a)}>取消预约</Button>
              <Button variant='secondary' onClick={() => onReschedule(a)}>改约</Button>
            </View>
          ) : (
            <Text className='ap-note'>{`就诊前${hoursBefore(a)}小时内不能在线取消，如有变化请致电 ${a.team.phone}`}</Text>
          )}
        </View>
      ))}
    </View>
  );
}
