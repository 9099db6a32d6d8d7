import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ActionOutput } from '@shared/api';
import type { Stay } from '@shared/api/sojourn';
import { call } from '../../../../api';
import { Button, Card, EmptyState, ErrorNotice, InfoRow, Loading, Page } from '../../../../components';
import { formatLocalDate } from '../../../../lib/date';
import { useLoader } from '../../../../lib/use-loader';
import { useSubmit } from '../../../../lib/use-submit';
import { Field } from '../../components/fields';
import '../../components/sojourn.css';

type Guest = ActionOutput<'sojourn.guests'>['guests'][number];
const RISK_TEXT = { green: '绿色 · 低风险', yellow: '黄色 · 中风险', red: '红色 · 高风险' } as const;

/**
 * The closing note for the handback summary, written by the team while the guest is staying: the
 * note as last saved (who, when) above the box, which starts from it, so a later visit amends it.
 */
function ClosingNote({ stayId, note }: { stayId: string; note: Guest['closingNote'] }) {
  const [saved, setSaved] = useState(note ?? null);
  const [text, setText] = useState(note?.text ?? '');
  const form = useSubmit({
    fields: ['text'],
    send: (value: string, requestId) => call('sojourn.closingNote', { stayId, text: value }, { requestId }),
    onDone: (stay) => setSaved(stay.closingNote),
  });
  const unchanged = saved !== null && saved.text === text.trim();
  return (
    <View className='sj-note'>
      {saved ? (
        <View className='sj-note__saved'>
          <Text className='sj-note__title'>已保存的旅居小结</Text>
          <Text className='sj-line'>{saved.text}</Text>
          <Text className='sj-muted'>{`${saved.by} · ${formatLocalDate(saved.at)}`}</Text>
        </View>
      ) : null}
      <Field name='text' label={saved ? '修改旅居小结' : '旅居小结（写入旅居健康小结）'} value={text} onChange={setText} error={form.errors.text} limit={500} />
      <ErrorNotice error={form.failure} />
      <Button variant='secondary' loading={form.busy} disabled={unchanged} onClick={() => void form.submit(text)}>
        {unchanged ? '已保存小结' : saved ? '保存修改' : '保存小结'}
      </Button>
    </View>
  );
}

function GuestCard({ guest }: { guest: Guest }) {
  return (
    <Card className='sj-guest'>
      <View className='sj-guest__head'>
        <Text className='sj-guest__name'>{`${guest.residentName}，${guest.age}岁`}</Text>
        <Text className={`sj-risk sj-risk--${guest.risk ?? 'none'}`}>{guest.risk ? RISK_TEXT[guest.risk] : '风险未评估'}</Text>
      </View>
      <InfoRow label='旅居日期' value={`${guest.arrival} 至 ${guest.departure}`} />
      <InfoRow label='住址' value={guest.address} />
      <InfoRow label='慢性病' value={guest.conditions ?? '未授权查看'} />
      <InfoRow label='用药' value={guest.medicines ?? '未授权查看'} />
      <InfoRow label='紧急联系人' value={`${guest.emergencyContact.name} ${guest.emergencyContact.phone}`} />
      <ClosingNote stayId={guest.stayId} note={guest.closingNote} />
    </Card>
  );
}

function PendingCard({ stay, onDone }: { stay: Stay; onDone: (message: string) => void }) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const form = useSubmit({
    fields: rejecting ? ['reason'] : [],
    send: (decision: 'approve' | 'reject', requestId) => call('sojourn.review', { stayId: stay.id, decision, ...(decision === 'reject' ? { reason } : {}) }, { requestId }),
    onDone: (_, decision) => onDone(decision === 'approve' ? `已通过${stay.residentName}的旅居登记` : `已退回${stay.residentName}的旅居登记`),
  });
  return (
    <Card className='sj-guest'>
      <Text className='sj-guest__name'>{stay.residentName}</Text>
      <InfoRow label='旅居日期' value={`${stay.arrival} 至 ${stay.departure}（${stay.days}天）`} />
      <InfoRow label='住址' value={stay.address} />
      <InfoRow label='家乡签约' value={stay.homeTeam ? stay.homeTeam.name : stay.homeInstitution ? `${stay.homeInstitution.name} ${stay.homeInstitution.phone}` : '未填写'} />
      {stay.shareScopes.includes('conditions') && stay.conditions ? <InfoRow label='慢性病' value={stay.conditions} /> : null}
      {rejecting ? <Field name='reason' label='不通过的理由（居民会看到）' value={reason} onChange={setReason} error={form.errors.reason} limit={200} /> : null}
      <ErrorNotice error={form.failure} />
      <View className='sj-actions'>
        <Button loading={form.pending === (rejecting ? 'reject' : 'approve')} onClick={() => void form.submit(rejecting ? 'reject' : 'approve')}>
          {rejecting ? '确认不通过' : '通过'}
        </Button>
        <Button variant='secondary' onClick={() => setRejecting(!rejecting)}>
          {rejecting ? '取消' : '不通过'}
        </Button>
      </View>
    </Card>
  );
}

/** For a sojourn team: registrations to review, then the guests staying now (only during their stay). */
export default function GuestsPage() {
  const { data, loading, error, reload } = useLoader(() => call('sojourn.guests', {}), []);
  const [notice, setNotice] = useState<string | null>(null);
  if (!data) return <Page title='旅居人员'>{loading ? <Loading /> : <ErrorNotice error={error} onRetry={reload} />}</Page>;
  return (
    <Page title='旅居人员' intro={`${data.team.name} · 在住 ${data.guests.length} 人 · 待审核 ${data.pending.length} 份`}>
      {notice ? <Text className='sj-success'>{notice}</Text> : null}
      <Text className='sj-section'>待审核的旅居登记</Text>
      {data.pending.length === 0 ? <EmptyState title='没有待审核的旅居登记' /> : null}
      {data.pending.map((s) => (
        <PendingCard key={s.id} stay={s} onDone={(m) => { setNotice(m); reload(); }} />
      ))}
      <Text className='sj-section'>正在旅居的人员</Text>
      {data.guests.length === 0 ? <EmptyState title='目前没有在住的旅居人员' /> : null}
      {data.guests.map((g) => (
        <GuestCard key={g.stayId} guest={g} />
      ))}
    </Page>
  );
}
