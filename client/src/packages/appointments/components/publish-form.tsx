import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { TeamCard } from '@shared/api/grid';
import { ZPublishInput } from '@shared/api/appointment';
import { call } from '../../../api';
import { Button, Card, ErrorNotice } from '../../../components';
import { useSubmit } from '../../../lib/use-submit';
import { ChoiceChips } from './choice-chips';
import { TextField, type TextFieldProps } from './text-field';

const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'].map((label, i) => ({ value: i + 1, label }));
const KINDS = [
  { value: 'clinic', label: '门诊' },
  { value: 'home_visit', label: '上门服务' },
  { value: 'mobile', label: '流动服务点' },
] as const;

/** The publish form's fields carry ids (`field-from`): it is the only form on its page with them. */
const Field = (props: Omit<TextFieldProps, 'id'>) => <TextField id={`field-${props.name}`} {...props} />;

/** 发布号源: point, kind, dates, weekdays, one opening window, slot length and places per slot. */
export function PublishForm({ team, today, onPublished }: { team: TeamCard; today: string; onPublished: (text: string) => void }) {
  const points = [...team.fixedPoints.map((p) => ({ value: p.id, label: p.name })), ...team.mobilePoints.map((p) => ({ value: p.id, label: `${p.name}（${p.scheduleText}）` }))];
  const [pointId, setPointId] = useState(points[0]?.value ?? '');
  const [kind, setKind] = useState<(typeof KINDS)[number]['value']>('clinic');
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [weekdays, setWeekdays] = useState<number[]>([1, 2, 3, 4, 5]);
  const [start, setStart] = useState('08:30');
  const [end, setEnd] = useState('11:30');
  const [minutes, setMinutes] = useState('30');
  const [capacity, setCapacity] = useState('3');
  const input = () => ({ pointId, kind, from, to, weekdays, windows: [{ start, end }], slotMinutes: Number(minutes), capacity: Number(capacity) });
  const form = useSubmit({
    check: ZPublishInput,
    send: (i: ReturnType<typeof input>, requestId) => call('appointment.publish', i, { requestId }),
    onDone: (r) => onPublished(r.created > 0 ? `已发布${r.created}个号` : '这些号已经发布过了'),
    fields: ['pointId', 'kind', 'from', 'to', 'weekdays', 'windows', 'windows.0.end', 'slotMinutes', 'capacity'],
  });
  return (
    <Card title='发布号源'>
      <Text className='ap-label'>服务点</Text>
      <ChoiceChips name='pointId' choices={points} selected={[pointId]} onChange={([v]) => setPointId(v)} />
      <Text className='ap-label'>服务类型</Text>
      <ChoiceChips name='kind' choices={KINDS} selected={[kind]} onChange={([v]) => setKind(v)} />
      {form.errors.kind ? <Text className='ui-field-error'>{form.errors.kind}</Text> : null}
      <Field name='from' label='开始日期（如 2026-12-07）' value={from} onInput={setFrom} error={form.errors.from} />
      <Field name='to' label='结束日期' value={to} onInput={setTo} error={form.errors.to} />
      <Text className='ap-label'>出诊日</Text>
      <ChoiceChips name='weekdays' multiple choices={WEEKDAYS} selected={weekdays} onChange={setWeekdays} />
      {form.errors.weekdays ? <Text className='ui-field-error'>{form.errors.weekdays}</Text> : null}
      <Field name='windows' label='开始时间' value={start} onInput={setStart} error={form.errors.windows} />
      <Field name='windows.0.end' label='结束时间' value={end} onInput={setEnd} error={form.errors['windows.0.end']} />
      <Field name='slotMinutes' label='每个号的时长（分钟）' value={minutes} onInput={setMinutes} error={form.errors.slotMinutes} />
      <Field name='capacity' label='每个号可约人数' value={capacity} onInput={setCapacity} error={form.errors.capacity} />
      <ErrorNotice error={form.failure} />
      <View className='ap-confirm'>
        <Button loading={form.busy} onClick={() => void form.submit(input())}>发布</Button>
      </View>
    </Card>
  );
}
