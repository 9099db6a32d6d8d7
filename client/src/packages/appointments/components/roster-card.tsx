import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ActionOutput } from '@shared/api';
import { call, toApiError } from '../../../api';
import { Button, Card, ErrorNotice } from '../../../components';
import { useSubmit, type FieldErrors } from '../../../lib/use-submit';
import { ChoiceChips } from './choice-chips';

type Roster = ActionOutput<'appointment.roster'>;
type Booking = Roster['slots'][number]['bookings'][number];
const RISK = { red: '红', yellow: '黄', green: '绿' } as const;

/** A day's bookings: who comes, with priority group and risk colour; 到诊 / 爽约; and the visit record. */
export function RosterCard({ roster, services, onChanged }: { roster: Roster; services: Array<{ code: string; label: string }>; onChanged: () => void }) {
  const [recording, setRecording] = useState<Booking | null>(null);
  async function mark(b: Booking, outcome: 'attended' | 'no_show') {
    try {
      await call('appointment.mark', { appointmentId: b.appointmentId, outcome });
      onChanged();
    } catch (err) {
      await Taro.showToast({ title: toApiError(err).message, icon: 'none' });
    }
  }
  const booked = roster.slots.filter((s) => s.bookings.length > 0);
  return (
    <Card title={`${roster.dayText} 预约名单`}>
      {booked.length === 0 ? <Text className='ap-note'>这一天还没有人预约</Text> : null}
      {booked.map((s) => (
        <View key={s.id}>
          <Text className='ap-point__name'>{`${s.timeText} ${s.pointName} · ${s.kindLabel}（${s.booked}/${s.capacity}）`}</Text>
          {s.bookings.map((b) => (
            <View key={b.appointmentId} className='ap-booking'>
              <Text className='ap-booking__when'>{`${b.residentName} ${b.age}岁 · ${b.statusLabel}`}</Text>
              <View className='ap-actions'>
                {b.risk ? <Text className={`ap-risk ap-risk--${b.risk}`}>{`${RISK[b.risk]}色风险`}</Text> : null}
                {b.priorityGroups.map((g) => <Text key={g} className='ap-risk'>{g}</Text>)}
              </View>
              {b.address ? <Text className='ap-note'>{`上门地址：${b.address}`}</Text> : null}
              <View className='ap-actions'>
                <Button variant='secondary' onClick={() => void mark(b, 'attended')}>到诊</Button>
                <Button variant='secondary' onClick={() => void mark(b, 'no_show')}>爽约</Button>
                <Button variant='secondary' onClick={() => setRecording(b)}>服务记录</Button>
              </View>
              {recording?.appointmentId === b.appointmentId ? <VisitForm booking={b} services={services} onDone={() => { setRecording(null); onChanged(); }} /> : null}
            </View>
          ))}
        </View>
      ))}
    </Card>
  );
}

function VisitForm({ booking, services, onDone }: { booking: Booking; services: Array<{ code: string; label: string }>; onDone: () => void }) {
  const [picked, setPicked] = useState<string[]>([]);
  const form = useSubmit<null, unknown>({
    check: (): FieldErrors => (picked.length === 0 ? { services: '请至少选择一项提供的服务' } : {}),
    send: (_: null, requestId: string) => call('appointment.recordVisit', { appointmentId: booking.appointmentId, services: picked as never, note: '' }, { requestId }),
    onDone,
    fields: ['services'],
  });
  return (
    <View className='ap-confirm'>
      <Text className='ap-label'>{`为${booking.residentName}记录提供的服务`}</Text>
      <ChoiceChips name='services' multiple choices={services.map((s) => ({ value: s.code, label: s.label }))} selected={picked} onChange={setPicked} />
      {form.errors.services ? <Text className='ui-field-error'>{form.errors.services}</Text> : null}
      <ErrorNotice error={form.failure} />
      <Button loading={form.busy} onClick={() => void form.submit(null)}>保存服务记录</Button>
    </View>
  );
}
