import Taro from '@tarojs/taro';
import { useState } from 'react';
import { View } from '@tarojs/components';
import { pageUrl } from '@shared/pages/page-paths';
import type { Dose } from '@shared/api/reminder';
import { call, newRequestId, toApiError } from '../../../../api';
import { ActingAsBanner, Button, Card, EmptyState, ErrorNotice, Loading, Page, useActingAs } from '../../../../components';
import { useLoader } from '../../../../lib/use-loader';
import { usePageParams } from '../../../../lib/use-page-params';
import { DoseList, doseKey } from '../../components/dose-list';
import { PrescriptionCard } from '../../components/prescription-card';
import { QuotaCard } from '../../components/quota-card';
import { WeekChart } from '../../components/week-chart';
import { topUp } from '../../lib/subscribe';
import '../../components/reminders.css';

/**
 * The reminders of one person (the one a message names, else the one the app acts for): today's doses
 * with one-tap confirmation, the three prescriptions, the week's adherence and the reminders left.
 */
export default function Reminders() {
  const params = usePageParams();
  const acting = useActingAs();
  const residentId = params.residentId ?? acting?.residentId;
  const { data, loading, error, reload } = useLoader(
    () => (residentId ? call('reminder.overview', { residentId }) : Promise.resolve(null)),
    [residentId],
  );
  const [busy, setBusy] = useState<string | null>(null);

  async function confirm(dose: Dose, state: 'taken' | 'skipped') {
    setBusy(doseKey(dose));
    try {
      await call('reminder.confirmDose', { residentId: residentId!, planId: dose.planId, dueAt: dose.dueAt, state }, { requestId: newRequestId() });
      await Taro.showToast({ title: state === 'taken' ? '已记录：已服' : '已记录：跳过', icon: 'success' });
      reload();
    } catch (err) {
      await Taro.showToast({ title: toApiError(err).message, icon: 'none' });
    } finally {
      setBusy(null);
    }
  }

  async function askMore() {
    if (!data) return;
    setBusy('quota');
    try {
      if (await topUp(data.quota)) reload();
    } catch (err) {
      await Taro.showToast({ title: toApiError(err).message, icon: 'none' });
    } finally {
      setBusy(null);
    }
  }

  if (!residentId) {
    return (
      <Page title='用药提醒'>
        <EmptyState title='还没有健康档案' description='建立健康档案后，家庭医生团队和您自己都可以设置用药提醒' />
      </Page>
    );
  }
  return (
    <Page title={data ? `${data.resident.name}的用药提醒` : '用药提醒'}>
      {params.residentId ? null : <ActingAsBanner />}
      {!data ? (
        loading ? <Loading /> : <ErrorNotice error={error} onRetry={reload} />
      ) : (
        <>
          <QuotaCard quota={data.quota} busy={busy === 'quota'} onTopUp={askMore} />
          <Card title='今天的药'>
            {data.today.length === 0 ? (
              <EmptyState title='今天没有需要服的药' />
            ) : (
              <DoseList doses={data.today} busy={busy} onConfirm={data.can.manage ? confirm : null} />
            )}
          </Card>
          <PrescriptionCard
            name={data.resident.name}
            plans={data.plans}
            prescriptions={data.prescriptions}
            onEditPlan={data.can.manage ? (planId) => Taro.navigateTo({ url: pageUrl('reminderPlan', { residentId, planId }) }) : undefined}
          />
          {data.can.manage || data.can.prescribe ? (
            <View className='rm-actions'>
              {data.can.manage ? (
                <Button variant='secondary' onClick={() => Taro.navigateTo({ url: pageUrl('reminderPlan', { residentId }) })}>
                  添加用药提醒
                </Button>
              ) : null}
              {data.can.prescribe ? (
                <Button variant='secondary' onClick={() => Taro.navigateTo({ url: pageUrl('reminderPrescriptions', { residentId }) })}>
                  {data.prescriptions ? '修改膳食、运动处方' : '开膳食、运动处方'}
                </Button>
              ) : null}
            </View>
          ) : null}
          <Card title='最近7天'>
            <WeekChart week={data.week} rate={data.rate} />
          </Card>
        </>
      )}
    </Page>
  );
}
