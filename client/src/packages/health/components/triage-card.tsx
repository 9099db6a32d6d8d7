import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ActionInput, ActionOutput } from '@shared/api';
import { ZFollowUpInput } from '@shared/api/health';
import { ELDERLY_RISK_LABELS, type ElderlyRisk } from '@shared/resident/classification';
import { call } from '../../../api';
import { Button, ErrorNotice } from '../../../components';
import { useSubmit } from '../../../lib/use-submit';
import { askToNotify } from '../../../lib/subscribe';
import { ChoiceRow, NoteField } from './controls';

type Entry = ActionOutput<'health.triage'>['entries'][number];

const CHANNELS = [
  { value: 'phone' as const, label: '电话随访' },
  { value: 'round' as const, label: '上门随访' },
];

function RiskLine({ entry, onChanged }: { entry: Entry; onChanged: () => void }) {
  const confirm = useSubmit({
    send: (input: ActionInput<'health.confirmRisk'>, requestId) => call('health.confirmRisk', input, { requestId }),
    onDone: () => {
      onChanged();
      return Taro.showToast({ title: '已确认风险等级', icon: 'none' });
    },
  });
  const suggested = entry.suggestedRisk as ElderlyRisk | null;
  if (!entry.risk && !suggested) return null;
  return (
    <View className='hl-triage__risk'>
      <Text>{`风险等级：${entry.risk ? ELDERLY_RISK_LABELS[entry.risk] : '未评定'}`}</Text>
      {suggested && suggested !== entry.risk ? (
        <>
          <Text>{`读数提示：${ELDERLY_RISK_LABELS[suggested]}`}</Text>
          <Button variant='secondary' loading={confirm.busy} onClick={() => void confirm.submit({ residentId: entry.residentId, level: suggested })}>
            {`确认改为${ELDERLY_RISK_LABELS[suggested]}`}
          </Button>
          <ErrorNotice error={confirm.failure} />
        </>
      ) : null}
    </View>
  );
}

function FollowUpForm({ entry, onDone }: { entry: Entry; onDone: () => void }) {
  const [channel, setChannel] = useState<'phone' | 'round' | null>(null);
  const [note, setNote] = useState('');
  const form = useSubmit({
    check: ZFollowUpInput,
    send: async (input: ActionInput<'health.followUp'>, requestId) => {
      // Asked within the tap, as on the reading page: staff hear of the next urgent reading by WeChat message too.
      await askToNotify(['readingAlert']);
      return call('health.followUp', input, { requestId });
    },
    onDone: (out: ActionOutput<'health.followUp'>) => {
      onDone();
      return Taro.showToast({ title: out.visitId ? '已记录随访，计入履约进度' : '已记录随访', icon: 'none' });
    },
  });
  return (
    <View className='hl-triage__form'>
      <ChoiceRow name='channel' label='随访方式' options={CHANNELS} value={channel} onChange={setChannel} error={form.errors.channel} />
      <NoteField name='note' label='随访情况（如复测结果、用药调整）' value={note} onChange={setNote} error={form.errors.note} max={200} />
      <ErrorNotice error={form.failure} />
      <Button loading={form.busy} onClick={() => void form.submit({ residentId: entry.residentId, channel: channel ?? undefined, note } as ActionInput<'health.followUp'>)}>
        保存随访记录
      </Button>
    </View>
  );
}

/** One patient on the team's list: why, the reading behind it, and what staff can do about it. */
export function TriageCard({ entry, rank, onChart, onChanged }: { entry: Entry; rank: number; onChart: () => void; onChanged: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <View className={`hl-triage hl-triage--${entry.reason}`} ariaRole='listitem'>
      <View className='hl-triage__head'>
        <Text className='hl-triage__name'>{`${rank}. ${entry.name}（${entry.age}岁）`}</Text>
        <Text className={`hl-badge hl-reason--${entry.reason}`}>{entry.reasonLabel}</Text>
      </View>
      <Text className='hl-triage__detail'>{entry.detail}</Text>
      <RiskLine entry={entry} onChanged={onChanged} />
      <View className='hl-triage__actions'>
        <Button onClick={() => void Taro.makePhoneCall({ phoneNumber: entry.phone })}>{`拨打电话 ${entry.phone}`}</Button>
        <Button variant='secondary' onClick={onChart}>
          查看读数变化
        </Button>
        <Button variant='secondary' onClick={() => setOpen(!open)}>
          {open ? '收起随访记录' : '记录随访'}
        </Button>
      </View>
      {open ? (
        <FollowUpForm
          entry={entry}
          onDone={() => {
            setOpen(false);
            onChanged();
          }}
        />
      ) : null}
    </View>
  );
}
