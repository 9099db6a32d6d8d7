import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ActionOutput } from '@shared/api';
import { ZAdjustInput, ZCloseInput } from '@shared/api/appointment';
import { call } from '../../../api';
import { Button, Card, ErrorNotice } from '../../../components';
import { useSubmit } from '../../../lib/use-submit';
import { TextField } from './text-field';

type RosterSlot = ActionOutput<'appointment.roster'>['slots'][number];

/** Changes a slot's places, reopening it if it was closed; freed places go to the waiting list first. */
function AdjustForm({ slot, onDone }: { slot: RosterSlot; onDone: () => void }) {
  const [capacity, setCapacity] = useState(String(slot.capacity));
  const form = useSubmit({
    check: ZAdjustInput,
    fields: ['capacity'],
    send: (input: { slotId: string; capacity: number; reopen: boolean }, requestId) => call('appointment.adjust', input, { requestId }),
    onDone: async (r) => {
      await Taro.showToast({ title: r.offered > 0 ? '已调整，已通知候补的居民' : '已调整', icon: 'success' });
      onDone();
    },
  });
  return (
    <View className='ap-confirm'>
      <TextField name='capacity' label={`每个号可约人数（已约${slot.booked}人）`} value={capacity} onInput={setCapacity} error={form.errors.capacity} />
      <ErrorNotice error={form.failure} />
      <Button loading={form.busy} onClick={() => void form.submit({ slotId: slot.id, capacity: Number(capacity), reopen: slot.closed })}>
        {slot.closed ? '恢复开诊' : '保存人数'}
      </Button>
    </View>
  );
}

/** 停诊: closes the slot with a reason; everyone booked is told and their bookings are cancelled. */
function CloseForm({ slot, onDone }: { slot: RosterSlot; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const form = useSubmit({
    check: ZCloseInput,
    fields: ['reason'],
    send: (input: { slotId: string; reason: string }, requestId) => call('appointment.close', input, { requestId }),
    onDone: async (r) => {
      await Taro.showToast({ title: r.cancelledBookings > 0 ? `已停诊，已通知${r.cancelledBookings}位居民` : '已停诊', icon: 'success' });
      onDone();
    },
  });
  return (
    <View className='ap-confirm'>
      <TextField name='reason' label='停诊原因（会告诉已预约的居民）' value={reason} onInput={setReason} placeholder='如：医生外出培训' error={form.errors.reason} />
      <ErrorNotice error={form.failure} />
      <Button loading={form.busy} onClick={() => void form.submit({ slotId: slot.id, reason })}>
        确认停诊
      </Button>
    </View>
  );
}

/** The day's slots for staff: places booked of capacity, and per slot 调整人数 / 恢复开诊 and 停诊. */
export function SlotControls({ slots, onChanged }: { slots: RosterSlot[]; onChanged: () => void }) {
  const [open, setOpen] = useState<{ id: string; what: 'adjust' | 'close' } | null>(null);
  const done = () => {
    setOpen(null);
    onChanged();
  };
  if (slots.length === 0) return null;
  return (
    <Card title='号源调整'>
      {slots.map((s) => (
        <View key={s.id} className='ap-booking'>
          <Text className='ap-booking__when'>{`${s.timeText} ${s.pointName} · ${s.kindLabel}`}</Text>
          <Text className='ap-note'>{s.closed ? '已停诊' : `已约 ${s.booked} / ${s.capacity}`}</Text>
          <View className='ap-actions'>
            <Button variant='secondary' onClick={() => setOpen({ id: s.id, what: 'adjust' })}>
              {s.closed ? '恢复开诊' : '调整人数'}
            </Button>
            {s.closed ? null : (
              <Button variant='secondary' onClick={() => setOpen({ id: s.id, what: 'close' })}>
                停诊
              </Button>
            )}
          </View>
          {open?.id === s.id && open.what === 'adjust' ? <AdjustForm slot={s} onDone={done} /> : null}
          {open?.id === s.id && open.what === 'close' ? <CloseForm slot={s} onDone={done} /> : null}
        </View>
      ))}
    </Card>
  );
}
