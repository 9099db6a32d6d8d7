import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { ZSavePlanInput, type SavePlanInput } from '@shared/api/reminder';
import { call, newRequestId, toApiError } from '../../../../api';
import { Button, ErrorNotice, Loading, Page } from '../../../../components';
import { useLoader } from '../../../../lib/use-loader';
import { usePageParams } from '../../../../lib/use-page-params';
import { useSubmit } from '../../../../lib/use-submit';
import { PlanForm } from '../../components/plan-form';
import { draftOf, newDraft, toInput, type Draft } from '../../lib/draft';
import '../../components/reminders.css';

const FIELDS = ['drug', 'dose', 'unit', 'times', 'weekdays', 'startDate', 'endDate', 'meal', 'stock', 'notes'];

/**
 * Adds or changes one medication plan of a resident (the resident, family with the reminders scope,
 * or the team), then returns to the reminders page it came from. A failed save points at the first
 * field at fault.
 */
export default function PlanEditor() {
  const { residentId = '', planId } = usePageParams();
  const { data, loading, error, reload } = useLoader(
    () => (planId ? call('reminder.overview', { residentId }) : Promise.resolve(null)),
    [residentId, planId],
  );
  const plan = data?.plans.find((p) => p.id === planId) ?? null;
  const [draft, setDraft] = useState<Draft>(() => newDraft(new Date()));
  useEffect(() => {
    if (plan) setDraft(draftOf(plan));
  }, [plan?.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const [stopping, setStopping] = useState(false);

  const form = useSubmit({
    check: ZSavePlanInput,
    fields: [...FIELDS, ...draft.times.map((_, i) => `times.${i}`)],
    send: (input: SavePlanInput, requestId) => call('reminder.savePlan', input, { requestId }),
    onDone: async () => {
      await Taro.showToast({ title: '已保存', icon: 'success' });
      await Taro.navigateBack();
    },
  });

  async function stop() {
    const { confirm } = await Taro.showModal({ title: '停止这条提醒？', content: '停止后不再提醒，已记录的服药情况会保留。', confirmText: '停止', cancelText: '不停止' });
    if (!confirm || !planId) return;
    setStopping(true);
    try {
      await call('reminder.endPlan', { residentId, planId }, { requestId: newRequestId() });
      await Taro.navigateBack();
    } catch (err) {
      await Taro.showToast({ title: toApiError(err).message, icon: 'none' });
    } finally {
      setStopping(false);
    }
  }

  if (planId && !plan) {
    return <Page title='修改用药提醒'>{loading ? <Loading /> : <ErrorNotice error={error ?? { code: 'NOT_FOUND', message: '没有找到该用药提醒' }} onRetry={reload} />}</Page>;
  }
  return (
    <Page title={planId ? '修改用药提醒' : '添加用药提醒'} intro='到点会用微信提醒，吃完点“已服”即可'>
      <PlanForm draft={draft} onChange={setDraft} errors={form.errors} />
      <ErrorNotice error={form.failure} />
      <Button loading={form.busy} onClick={() => void form.submit(toInput(draft, residentId, planId))}>
        保存提醒
      </Button>
      {planId ? (
        <Button variant='secondary' loading={stopping} onClick={() => void stop()}>
          停止这条提醒
        </Button>
      ) : null}
    </Page>
  );
}
