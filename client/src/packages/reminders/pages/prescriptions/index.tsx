import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { ZSetPrescriptionsInput, type SetPrescriptionsInput } from '@shared/api/reminder';
import { call } from '../../../../api';
import { Button, Card, EmptyState, ErrorNotice, Loading, Page } from '../../../../components';
import { useLoader } from '../../../../lib/use-loader';
import { usePageParams } from '../../../../lib/use-page-params';
import { useSubmit } from '../../../../lib/use-submit';
import { SectionEditor, type Section } from '../../components/section-editor';
import '../../components/reminders.css';

const DIET = ['低盐饮食', '低脂饮食', '控制主食', '多吃蔬菜', '限酒'] as const;
const EXERCISE = ['快走', '太极拳', '广场舞', '运动注意'] as const;

const paths = (name: string, list: Section[]) => [name, ...list.flatMap((_, i) => [`${name}.${i}.heading`, `${name}.${i}.text`])];

/**
 * The team writes a resident's diet and exercise prescriptions (膳食处方、运动处方) as headed sections,
 * which she then sees on her three-prescriptions card beside her medication; saving returns to the
 * page the staff member came from, and a failed save points at the first section at fault.
 */
export default function Prescriptions() {
  const { residentId = '' } = usePageParams();
  const { data, loading, error, reload } = useLoader(() => (residentId ? call('reminder.overview', { residentId }) : Promise.resolve(null)), [residentId]);
  const [diet, setDiet] = useState<Section[]>([]);
  const [exercise, setExercise] = useState<Section[]>([]);
  useEffect(() => {
    if (!data?.prescriptions) return;
    setDiet(data.prescriptions.diet.map((s) => ({ ...s })));
    setExercise(data.prescriptions.exercise.map((s) => ({ ...s })));
  }, [data?.prescriptions?.updatedAt]); // eslint-disable-line react-hooks/exhaustive-deps

  const form = useSubmit({
    check: ZSetPrescriptionsInput,
    fields: [...paths('diet', diet), ...paths('exercise', exercise)],
    send: (input: SetPrescriptionsInput, requestId) => call('reminder.setPrescriptions', input, { requestId }),
    onDone: async () => {
      await Taro.showToast({ title: '处方已保存', icon: 'success' });
      await Taro.navigateBack();
    },
  });

  if (!residentId) {
    return (
      <Page title='膳食与运动处方'>
        <EmptyState title='请从居民的用药提醒页进入' />
      </Page>
    );
  }
  if (!data) return <Page title='膳食与运动处方'>{loading ? <Loading /> : <ErrorNotice error={error} onRetry={reload} />}</Page>;
  if (!data.can.prescribe) {
    return (
      <Page title='膳食与运动处方'>
        <EmptyState title='只有签约的家庭医生团队可以开处方' description='居民和家属可以在用药提醒页查看处方' />
      </Page>
    );
  }
  return (
    <Page title={`${data.resident.name}的膳食与运动处方`} intro='每条写一个要点：标题简短，内容写清做什么、多少、多久'>
      <Card title='膳食处方'>
        <SectionEditor name='diet' label='膳食处方' sections={diet} onChange={setDiet} suggestions={DIET} errors={form.errors} />
      </Card>
      <Card title='运动处方'>
        <SectionEditor name='exercise' label='运动处方' sections={exercise} onChange={setExercise} suggestions={EXERCISE} errors={form.errors} />
      </Card>
      <ErrorNotice error={form.failure} />
      <Button loading={form.busy} onClick={() => void form.submit({ residentId, diet, exercise })}>
        保存处方
      </Button>
    </Page>
  );
}
