import { Text, View } from '@tarojs/components';
import { DOSE_UNITS, MEAL_LABELS, MEAL_RELATIONS, WEEKDAY_LABELS } from '@shared/reminder/vocabulary';
import { Button } from '../../../components';
import type { FieldErrors } from '../../../lib/use-submit';
import type { Draft } from '../lib/draft';
import { Chips, TextInput } from './fields';

const UNITS = DOSE_UNITS.map((u) => ({ value: u, label: u }));
const MEALS = MEAL_RELATIONS.map((m) => ({ value: m, label: MEAL_LABELS[m] }));
const DAYS = WEEKDAY_LABELS.map((label, i) => ({ value: i + 1, label: `周${label}` }));
const EVERY = [
  { value: 'every', label: '每天' },
  { value: 'some', label: '每周选几天' },
] as const;

export interface PlanFormProps {
  draft: Draft;
  onChange: (draft: Draft) => void;
  errors: FieldErrors;
}

/** The fields of a medication plan, each with its own error line. */
export function PlanForm({ draft, onChange, errors }: PlanFormProps) {
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => onChange({ ...draft, [key]: value });
  const setTime = (i: number, value: string) => set('times', draft.times.map((t, j) => (j === i ? value : t)));
  return (
    <View className='rm-form'>
      <TextInput name='drug' label='药品名称' value={draft.drug} onChange={(v) => set('drug', v)} error={errors.drug} placeholder='如 苯磺酸氨氯地平片' maxlength={30} />
      <TextInput name='dose' label='每次用量' type='digit' value={draft.dose} onChange={(v) => set('dose', v)} error={errors.dose} maxlength={5} />
      <Chips name='unit' label='单位' options={UNITS} value={[draft.unit]} onChange={([u]) => set('unit', u)} error={errors.unit} />
      <View className={`rm-times${errors.times ? ' rm-field--invalid ui-field--invalid' : ''}`}>
        <Text className='rm-field__label'>每天提醒时间（最多6次）</Text>
        {draft.times.map((t, i) => (
          <TextInput key={i} name={`times.${i}`} label={`第${i + 1}次`} value={t} onChange={(v) => setTime(i, v)} error={errors[`times.${i}`]} placeholder='如 08:00' maxlength={5}>
            {draft.times.length > 1 ? (
              <Text className='ui-link rm-times__remove' onClick={() => set('times', draft.times.filter((_, j) => j !== i))}>
                {`删除第${i + 1}次`}
              </Text>
            ) : null}
          </TextInput>
        ))}
        {errors.times ? <Text className='ui-field-error'>{errors.times}</Text> : null}
        {draft.times.length < 6 ? (
          <Button variant='secondary' onClick={() => set('times', [...draft.times, ''])}>
            再加一个时间
          </Button>
        ) : null}
      </View>
      <Chips
        name='everyDay'
        label='哪几天吃'
        options={EVERY}
        value={[draft.everyDay ? 'every' : 'some']}
        onChange={([v]) => set('everyDay', v === 'every')}
      />
      {draft.everyDay ? null : (
        <Chips name='weekdays' label='选择星期' options={DAYS} value={draft.weekdays} multiple onChange={(v) => set('weekdays', v)} error={errors.weekdays} />
      )}
      <Chips name='meal' label='与吃饭的关系' options={MEALS} value={[draft.meal]} onChange={([m]) => set('meal', m)} error={errors.meal} />
      <TextInput name='startDate' label='开始日期' value={draft.startDate} onChange={(v) => set('startDate', v)} error={errors.startDate} placeholder='如 2026-03-09' maxlength={10} />
      <TextInput
        name='endDate'
        label='结束日期（不填为长期服用）'
        value={draft.endDate}
        onChange={(v) => set('endDate', v)}
        error={errors.endDate}
        placeholder='长期服用'
        maxlength={10}
      />
      <TextInput
        name='stock'
        label={`现有药量（${draft.unit}，可不填）`}
        type='digit'
        value={draft.stock}
        onChange={(v) => set('stock', v)}
        error={errors.stock}
        hint='填了药量，每次确认已服会自动减少，快吃完时提醒您开药'
        maxlength={6}
      />
      <TextInput name='notes' label='备注（可不填）' value={draft.notes} onChange={(v) => set('notes', v)} error={errors.notes} placeholder='如 不要自行停药' maxlength={100} />
    </View>
  );
}
