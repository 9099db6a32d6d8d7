import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { Contract } from '@shared/api/contract';
import { pageUrl } from '@shared/pages/page-paths';
import { call } from '../../../../api';
import { Button, Card, EmptyState, ErrorNotice, Loading, Page } from '../../../../components';
import { ContractSummary } from '../../components/contract-summary';
import { ContractPersonBanner } from '../../components/contract-person-banner';
import { NextSteps } from '../../components/next-steps';
import { Rejected } from '../../components/rejected';
import { ReasonField } from '../../components/reason-field';
import { Timeline } from '../../components/timeline';
import { MAP_ROUTE, SIGN_ROUTES } from '../../lib/routes';
import { useLoader } from '../../../../lib/use-loader';
import { usePageParams } from '../../../../lib/use-page-params';
import { useSubmit } from '../../../../lib/use-submit';
import { canSign } from '../../lib/can-sign';
import '../../components/sign.css';

function EndForm({ contract, onDone }: { contract: Contract; onDone: (c: Contract) => void }) {
  const waiting = contract.status === 'pending_review' || contract.status === 'scheduled';
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const form = useSubmit({
    fields: ['reason'],
    send: (why: string, requestId) => call('contract.cancel', { contractId: contract.id, reason: why }, { requestId }),
    onDone,
  });
  const label = waiting ? '撤回申请' : '解约';

  if (!open) {
    return (
      <Button variant='secondary' onClick={() => setOpen(true)}>
        {label}
      </Button>
    );
  }
  const submit = async () => {
    const { confirm } = await Taro.showModal({ title: label, content: waiting ? '确定撤回这份申请吗？' : '解约后将不再享受签约服务，确定解约吗？', confirmText: label });
    if (!confirm) return;
    await form.submit(reason);
  };
  return (
    <Card title={label}>
      <ReasonField label={waiting ? '撤回原因' : '解约原因'} value={reason} onChange={setReason} placeholder='请简单说明原因' error={form.errors.reason} />
      <ErrorNotice error={form.failure} />
      <View className='sign-actions'>
        <Button loading={form.busy} onClick={() => void submit()}>{`确认${label}`}</Button>
        <Button variant='secondary' onClick={() => setOpen(false)}>
          暂不{label}
        </Button>
      </View>
    </Card>
  );
}

/** One contract or application: where it stands (timeline), its terms, and what can be done now. */
export default function ContractPage() {
  const params = usePageParams();
  const contractId = params.contractId ?? '';
  const [notice, setNotice] = useState<string | null>(params.submitted ? '已提交，等待家庭医生团队审核。审核结果会在小程序里通知您。' : null);
  const { data, loading, error, reload } = useLoader(async () => {
    if (!contractId) return null;
    const contract = await call('contract.get', { contractId });
    // The team's own word on review time, payment and what to bring (接下来, shown while the application
    // waits for review); the page stands without it.
    const reviewing = contract.status === 'pending_review';
    const [signer, team] = await Promise.all([canSign(contract.residentId), reviewing ? call('grid.team', { teamId: contract.team.id }).catch(() => null) : null]);
    return { contract, canSign: signer, guide: team?.signing ?? null };
  }, [contractId]);

  if (!contractId) {
    return (
      <Page title='签约详情'>
        <EmptyState title='请从“我的签约”中选择一份签约'>
          <Button onClick={() => Taro.redirectTo({ url: SIGN_ROUTES.mine })}>查看我的签约</Button>
        </EmptyState>
      </Page>
    );
  }
  if (!data) return <Page title='签约详情'>{loading ? <Loading /> : <ErrorNotice error={error} onRetry={reload} />}</Page>;
  const { contract } = data;
  const live = ['pending_review', 'scheduled', 'active'].includes(contract.status);
  const renew = () =>
    Taro.navigateTo({
      url: SIGN_ROUTES.confirm({
        teamId: contract.team.id,
        purpose: 'renew',
        previousContractId: contract.id,
        codes: contract.packages.filter((p) => p.kind !== 'basic').map((p) => p.code),
      }),
    });

  return (
    <Page title='签约详情'>
      {data.canSign ? <ContractPersonBanner residentId={contract.residentId} /> : null}
      {notice ? <Text className='sign-success'>{notice}</Text> : null}
      {contract.status === 'rejected' && data.canSign ? <Rejected contract={contract} /> : null}
      <ContractSummary contract={contract} />
      {contract.status === 'active' ? (
        <Card title='签约服务'>
          <View className='sign-actions'>
            <Button onClick={() => Taro.navigateTo({ url: pageUrl('reminders', { residentId: contract.residentId }) })}>用药提醒与三个处方</Button>
            <Button variant='secondary' onClick={() => Taro.navigateTo({ url: pageUrl('appointments', { residentId: contract.residentId }) })}>
              预约家庭医生
            </Button>
          </View>
        </Card>
      ) : null}
      {contract.status === 'pending_review' && data.guide ? <NextSteps contract={contract} guide={data.guide} /> : null}
      <Card title='办理进度'>
        <Timeline steps={contract.timeline} />
      </Card>
      <View className='sign-actions'>
        <Button variant='secondary' onClick={() => Taro.navigateTo({ url: SIGN_ROUTES.agreement(contract.id) })}>
          查看签约协议原文
        </Button>
        {data.canSign && contract.renewal?.open ? <Button onClick={renew}>一键续约</Button> : null}
        {data.canSign && contract.status === 'active' ? (
          <Button variant='secondary' onClick={() => Taro.switchTab({ url: MAP_ROUTE })}>
            {contract.renewal?.open ? '选择其他团队续约' : '换签：选择其他团队'}
          </Button>
        ) : null}
        {data.canSign && live ? (
          <EndForm
            contract={contract}
            onDone={(c) => {
              setNotice(c.status === 'withdrawn' ? '申请已撤回' : '已解约');
              reload();
            }}
          />
        ) : null}
      </View>
    </Page>
  );
}
