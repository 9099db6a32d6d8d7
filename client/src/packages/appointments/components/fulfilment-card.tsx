import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ActionOutput } from '@shared/api';
import type { Visit } from '@shared/api/visit';
import { RATING_TAGS, type RatingTag } from '@shared/appointment/services';
import { Button, Card, ErrorNotice } from '../../../components';
import { call } from '../../../api';
import { useSubmit, type FieldErrors } from '../../../lib/use-submit';
import { ChoiceChips } from './choice-chips';

type Fulfilment = ActionOutput<'appointment.fulfilment'>;

/** 履约进度: what the contract year has delivered against what it promises, and the service records. */
export function FulfilmentCard({ data, onRated }: { data: Fulfilment; onRated: () => void }) {
  return (
    <Card title='履约进度'>
      {data.contract ? <Text className='ap-note'>{`${data.contract.teamName} · ${data.contract.packages.join('、')}`}</Text> : null}
      {data.lines.map((l) => (
        <View key={l.code} className='ap-progress'>
          <Text>{l.label}</Text>
          <Text className='ap-progress__count'>{l.text}</Text>
        </View>
      ))}
      {data.visits.map((v) => (
        <View key={v.id} className='ap-booking'>
          <Text className='ap-booking__when'>{`${v.dayText} · ${v.channelLabel}`}</Text>
          <Text className='ap-note'>{v.services.map((s) => s.label).join('、')}</Text>
          {v.note ? <Text className='ap-note'>{v.note}</Text> : null}
          {v.rating ? <Text className='ap-note'>{`您的评价：${'★'.repeat(v.rating.stars)}${v.rating.tags.length ? ` ${v.rating.tags.join('、')}` : ''}`}</Text> : null}
          {v.canRate ? <RatingForm visit={v} onRated={onRated} /> : null}
        </View>
      ))}
    </Card>
  );
}

function RatingForm({ visit, onRated }: { visit: Visit; onRated: () => void }) {
  const [stars, setStars] = useState(0);
  const [tags, setTags] = useState<RatingTag[]>([]);
  const form = useSubmit<null, Visit>({
    check: (): FieldErrors => (stars < 1 ? { stars: '请先选择星级' } : {}),
    send: (_: null, requestId: string) => call('appointment.rate', { visitId: visit.id, stars, tags, comment: '' }, { requestId }),
    onDone: onRated,
    fields: ['stars'],
  });
  return (
    <View className='ap-confirm'>
      <Text className='ap-label'>为这次服务评分</Text>
      <View className='ap-stars' role='radiogroup' aria-label='评分' id='field-stars'>
        {[1, 2, 3, 4, 5].map((n) => (
          <View key={n} className='ap-star' role='radio' aria-checked={stars === n} aria-label={`${n}星`} onClick={() => setStars(n)}>
            <Text>{n <= stars ? '★' : '☆'}</Text>
          </View>
        ))}
      </View>
      {form.errors.stars ? <Text className='ui-field-error'>{form.errors.stars}</Text> : null}
      <ChoiceChips name='tags' multiple choices={RATING_TAGS.map((t) => ({ value: t, label: t }))} selected={tags} onChange={setTags} />
      <ErrorNotice error={form.failure} />
      <Button loading={form.busy} onClick={() => void form.submit(null)}>提交评价</Button>
    </View>
  );
}
