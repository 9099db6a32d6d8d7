import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { pageUrl } from '@shared/pages/page-paths';
import type { ActionInput, ActionOutput } from '@shared/api';
import { ZRecordReadingInput } from '@shared/api/health';
import { GLUCOSE_TIMING_LABELS, GLUCOSE_TIMINGS, READING_KIND_LABELS, READING_KINDS, type GlucoseTiming } from '@shared/health/readings';
import { call } from '../../../../api';
import { ActingAsBanner, Button, Card, ErrorNotice, Page } from '../../../../components';
import { finishDetour, leaveTo } from '../../../../lib/return-to';
import { useSubmit } from '../../../../lib/use-submit';
import { askToNotify } from '../../../../lib/subscribe';
import { ChoiceRow, NoteField, NumberField } from '../../components/controls';
import { NoHealthProfile } from '../../components/no-health-profile';
import { UrgentPanel } from '../../components/urgent-panel';
import { useReadingSubject } from '../../lib/use-reading-subject';
import '../../components/health.css';

const KIND_OPTIONS = READING_KINDS.map((k) => ({ value: k, label: READING_KIND_LABELS[k] }));
const TIMING_OPTIONS = GLUCOSE_TIMINGS.map((t) => ({ value: t, label: GLUCOSE_TIMING_LABELS[t] }));
/** When it was measured, as minutes ago: an elder picks a phrase rather than a clock. */
const WHEN_OPTIONS = [
  { value: 0, label: '刚刚' },
  { value: 30, label: '半小时前' },
  { value: 60, label: '1小时前' },
  { value: 120, label: '2小时前' },
];
const NOTE_MAX = 100;

/** '' stays missing (the form says which number is missing); anything else is sent as a number. */
const num = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text.trim()));

type Recorded = ActionOutput<'health.record'>;

/**
 * Adds a blood pressure, glucose or weight reading for the person the app acts for. An urgent
 * reading shows what to do at once, on this page; any other goes back to the chart with its verdict.
 * Saving asks (once per tap, as WeChat allows) to send a WeChat message about an urgent reading.
 */
export default function RecordReadingPage() {
  const { params, residentId, kind, setKind } = useReadingSubject();
  const [systolic, setSystolic] = useState('');
  const [diastolic, setDiastolic] = useState('');
  const [pulse, setPulse] = useState('');
  const [glucose, setGlucose] = useState('');
  const [timing, setTiming] = useState<GlucoseTiming | null>(null);
  const [weight, setWeight] = useState('');
  const [ago, setAgo] = useState(0);
  const [note, setNote] = useState('');
  const [urgent, setUrgent] = useState<Recorded | null>(null);
  const chart = pageUrl('healthHome', { residentId, kind });

  const form = useSubmit({
    check: ZRecordReadingInput,
    send: async (input: ActionInput<'health.record'>, requestId) => {
      // Asked within the tap: a WeChat message when a reading someone else records for this person is urgent.
      await askToNotify(['readingAlert']);
      return call('health.record', input, { requestId });
    },
    onDone: (out: Recorded) => {
      if (out.reading.urgent) {
        setUrgent(out);
        return undefined;
      }
      return finishDetour(params.back, chart, `已记录：${out.reading.valueText}，${out.reading.levelLabel}`);
    },
  });
  const { errors } = form;

  if (!residentId) {
    return <NoHealthProfile title='记录测量' description='建立健康档案后，就可以记录血压、血糖' />;
  }
  if (urgent) {
    return (
      <Page title='请马上处理'>
        <UrgentPanel reading={urgent.reading} team={urgent.team} alerted={urgent.alerted} />
        <View className='hl-actions'>
          <Button variant='secondary' onClick={() => void leaveTo(chart)}>
            查看{urgent.reading.kindLabel}变化
          </Button>
        </View>
      </Page>
    );
  }

  const submit = () =>
    void form.submit({
      residentId,
      kind,
      ...(kind === 'bp' ? { systolic: num(systolic), diastolic: num(diastolic), pulse: num(pulse) ?? null } : {}),
      ...(kind === 'glucose' ? { glucose: num(glucose), ...(timing ? { timing } : {}) } : {}),
      ...(kind === 'weight' ? { weight: num(weight) } : {}),
      ...(ago > 0 ? { measuredAt: new Date(Date.now() - ago * 60_000).toISOString() } : {}),
      note,
    } as ActionInput<'health.record'>);

  return (
    <Page title='记录测量' intro='按血压计、血糖仪上显示的数字填写'>
      <ActingAsBanner />
      <Card>
        <ChoiceRow name='kind' label='测量项目' options={KIND_OPTIONS} value={kind} onChange={setKind} />
        {kind === 'bp' ? (
          <>
            <NumberField name='systolic' label='收缩压（高压）' unit='mmHg' value={systolic} onChange={setSystolic} error={errors.systolic} />
            <NumberField name='diastolic' label='舒张压（低压）' unit='mmHg' value={diastolic} onChange={setDiastolic} error={errors.diastolic} />
            <NumberField name='pulse' label='心率（可不填）' unit='次/分' value={pulse} onChange={setPulse} error={errors.pulse} />
          </>
        ) : kind === 'glucose' ? (
          <>
            <NumberField name='glucose' label='血糖' unit='mmol/L' value={glucose} onChange={setGlucose} error={errors.glucose} decimal />
            <ChoiceRow name='timing' label='什么时候测的' options={TIMING_OPTIONS} value={timing} onChange={setTiming} error={errors.timing} />
          </>
        ) : (
          <NumberField name='weight' label='体重' unit='kg' value={weight} onChange={setWeight} error={errors.weight} decimal />
        )}
        <ChoiceRow name='measuredAt' label='测量时间' options={WHEN_OPTIONS} value={ago} onChange={setAgo} error={errors.measuredAt} />
        <NoteField name='note' label='备注（可不填，如头晕、忘记服药）' value={note} onChange={setNote} error={errors.note} max={NOTE_MAX} />
      </Card>
      {Object.keys(errors).length > 0 ? <Text className='ui-field-error'>请按提示修改标出“有误”的内容</Text> : null}
      <ErrorNotice error={form.failure} />
      <View className='hl-actions hl-actions--sticky'>
        <Button loading={form.busy} onClick={submit}>
          保存
        </Button>
      </View>
    </Page>
  );
}
