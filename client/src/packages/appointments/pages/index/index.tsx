import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { Appointment, Slot } from '@shared/api/appointment';
import { call, toApiError } from '../../../../api';
import { ActingAsBanner, Button, Card, EmptyState, ErrorNotice, Loading, Page, useActingAs } from '../../../../components';
import { useLoader } from '../../../../lib/use-loader';
import { usePageParams } from '../../../../lib/use-page-params';
import { useSubmit } from '../../../../lib/use-submit';
import { askToNotify } from '../../../../lib/subscribe';
import { inputName } from '../../../../lib/a11y';
import { INVALID_FIELD_CLASS } from '../../../../lib/reveal-field';
import { SlotPicker } from '../../components/slot-picker';
import { BookingList } from '../../components/booking-list';
import { FulfilmentCard } from '../../components/fulfilment-card';
import '../../components/appointments.css';

interface Picked {
  slot: Slot;
  pointName: string;
  kind: string;
  dayText: string;
}

/**
 * 预约服务 for the person the app acts for (or the one a message names): the team's slots for the next
 * 14 days, booking and 有号提醒, bookings to come with cancel and 改约, and 履约进度 with rating.
 */
export default function Appointments() {
  const params = usePageParams();
  const acting = useActingAs();
  const residentId = params.residentId ?? acting?.residentId;
  const { data, loading, error, reload } = useLoader(
    () =>
      residentId
        ? Promise.all([
            call('appointment.slots', { residentId }),
            call('appointment.mine', { residentId }),
            call('appointment.fulfilment', { residentId }),
          ])
        : Promise.resolve(null),
    [residentId],
  );
  const [picked, setPicked] = useState<Picked | null>(null);
  const [moving, setMoving] = useState<Appointment | null>(null);
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const done = async (title: string) => {
    setPicked(null);
    setMoving(null);
    await Taro.showToast({ title, icon: 'success' });
    reload();
  };
  const form = useSubmit({
    send: async (p: Picked, requestId) => {
      // Asked within the tap: the day-before reminder and a cancellation by the team, or the 有号提醒.
      await askToNotify(p.slot.state === 'full' ? ['slotAvailable'] : ['appointmentReminder', 'appointmentCancelled']);
      const input = { slotId: p.slot.id, ...(p.kind === 'home_visit' && address ? { address } : {}) };
      if (p.slot.state === 'full') return call('appointment.wait', { residentId: residentId!, slotId: p.slot.id }, { requestId }).then(() => '已登记有号提醒');
      if (moving) return call('appointment.reschedule', { appointmentId: moving.id, ...input }, { requestId }).then(() => '已改约');
      return call('appointment.book', { residentId: residentId!, ...input }, { requestId }).then(() => '预约成功');
    },
    onDone: (title) => done(title),
    fields: ['address'],
  });

  async function cancel(a: Appointment) {
    const { confirm } = await Taro.showModal({ title: '取消预约', content: `取消${a.dayText} ${a.timeText}的预约？` });
    if (!confirm) return;
    setBusy(a.id);
    try {
      await call('appointment.cancel', { appointmentId: a.id });
      await done('已取消');
    } catch (err) {
      await Taro.showToast({ title: toApiError(err).message, icon: 'none' });
    } finally {
      setBusy(null);
    }
  }

  if (!residentId) {
    return (
      <Page title='预约服务'>
        <EmptyState title='还没有健康档案' description='建立健康档案并签约后，就可以预约家庭医生' />
      </Page>
    );
  }
  if (!data) {
    return (
      <Page title='预约服务'>
        {loading ? <Loading /> : <ErrorNotice error={error} onRetry={reload} />}
      </Page>
    );
  }
  const [slots, mine, progress] = data;
  const verb = picked?.slot.state === 'full' ? '登记有号提醒' : moving ? '确认改约' : '确认预约';
  return (
    <Page title='预约服务'>
      {params.residentId ? null : <ActingAsBanner />}
      <Card title={moving ? `改约：原${moving.dayText} ${moving.timeText}` : slots.team ? `预约${slots.team.name}` : '预约'}>
        {slots.blocked && !moving ? <Text className='ap-blocked'>{slots.blocked.message}</Text> : null}
        {mine.paused ? null : <SlotPicker days={slots.days} picked={picked?.slot.id ?? null} onPick={(slot, p) => setPicked({ slot, pointName: p.pointName, kind: p.kind, dayText: '' })} />}
        {picked ? (
          <View className='ap-confirm'>
            <Text className='ap-note'>{`${picked.pointName} ${picked.slot.timeText}${picked.slot.state === 'full' ? '（已约满，有空位时提醒您，并为您保留15分钟）' : ''}`}</Text>
            {picked.kind === 'home_visit' ? (
              <View className={`ap-field ap-field--address${form.errors.address ? ` ${INVALID_FIELD_CLASS}` : ''}`}>
                <Text className='ap-label'>上门地址（不填则用健康档案中的地址）</Text>
                <Input
                  id='field-address'
                  className='ap-input'
                  value={address}
                  onInput={(e) => setAddress(e.detail.value)}
                  placeholder='小区、楼栋、单元和门牌号'
                  {...inputName('上门地址', form.errors.address)}
                />
                {form.errors.address ? <Text className='ui-field-error'>{form.errors.address}</Text> : null}
              </View>
            ) : null}
            <ErrorNotice error={form.failure} />
            <Button loading={form.busy} onClick={() => void form.submit(picked)}>{verb}</Button>
            {moving ? <Button variant='secondary' onClick={() => setMoving(null)}>不改约了</Button> : null}
          </View>
        ) : null}
      </Card>
      <Card title='我的预约'>
        <BookingList items={mine.upcoming} busy={busy} onCancel={cancel} onReschedule={(a) => { setMoving(a); setPicked(null); void Taro.pageScrollTo({ scrollTop: 0 }); }} />
        {mine.waiting.filter((w) => w.status === 'waiting' || w.status === 'offered').map((w) => (
          <Text key={w.id} className='ap-note'>{`有号提醒：${w.dayText} ${w.pointName}${w.status === 'offered' ? '（有号了，请尽快预约）' : ''}`}</Text>
        ))}
      </Card>
      <FulfilmentCard data={progress} onRated={() => done('感谢您的评价')} />
    </Page>
  );
}
