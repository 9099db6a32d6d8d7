import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../../../api';
import { ActingAsBanner, ActionBar, Button, Card, EmptyState, ErrorNotice, InfoRow, Loading, Page, useActingAs } from '../../../../components';
import { feeChangeText } from '@shared/contract/fee-change';
import { AgreementView } from '../../components/agreement-view';
import { yuanText } from '../../lib/labels';
import { SIGN_ROUTES, type SigningPurpose } from '../../lib/routes';
import { askToNotify } from '../../../../lib/subscribe';
import { useLoader } from '../../../../lib/use-loader';
import { usePageParams } from '../../../../lib/use-page-params';
import { useSubmit } from '../../../../lib/use-submit';
import { INVALID_FIELD_CLASS } from '../../../../lib/reveal-field';
import { checkedState, focusable } from '../../../../lib/a11y';
import '../../components/sign.css';
import '../../components/next-steps.css';

type Code = 'basic' | 'chronic' | 'maternal_child' | 'tcm' | 'home_visit' | 'elderly';

const VERBS: Record<SigningPurpose, string> = { new: '签约', switch: '换签', renew: '续约' };

/** Step 2: the agreement exactly as it will be signed; signing needs 我已阅读并同意 first. */
export default function ConfirmPage() {
  const params = usePageParams();
  const acting = useActingAs();
  const residentId = acting?.residentId ?? '';
  const teamId = params.teamId ?? '';
  const purpose = (params.purpose as SigningPurpose | undefined) ?? 'new';
  const previousContractId = params.previousContractId;
  const packageCodes = (params.codes ?? '').split(',').filter(Boolean) as Code[];
  const { data, loading, error, reload } = useLoader(
    async () => {
      const [preview, previous] = await Promise.all([
        call('contract.preview', { residentId, teamId, packageCodes, purpose, ...(previousContractId ? { previousContractId } : {}) }),
        // What the person pays now, to say so when a switch or renewal changes it.
        previousContractId ? call('contract.get', { contractId: previousContractId }).catch(() => null) : null,
      ]);
      return { ...preview, previousSelfPayYuan: previous?.fees.selfPayYuan ?? null };
    },
    [residentId, teamId, params.codes, purpose, previousContractId],
  );
  const [agreed, setAgreed] = useState(false);
  const verb = VERBS[purpose];
  // One key per attempt to sign, so a repeated tap cannot sign twice.
  const form = useSubmit({
    fields: ['agreed'],
    send: async (hash: string, requestId) => {
      await askToNotify(['contractReviewResult', 'renewalNotice']);
      const opts = { requestId };
      return purpose === 'switch'
        ? call('contract.switchTeam', { contractId: previousContractId ?? '', teamId, packageCodes, reason: params.reason ?? '', agreementHash: hash }, opts)
        : purpose === 'renew'
          ? call('contract.renew', { contractId: previousContractId ?? '', teamId, packageCodes, agreementHash: hash }, opts)
          : call('contract.apply', { residentId, teamId, packageCodes, agreementHash: hash }, opts);
    },
    onDone: (contract) => Taro.redirectTo({ url: SIGN_ROUTES.contract(contract.id, { submitted: true }) }),
    onFail: (e) => {
      // The text changed (a new day, a profile edit): show the new one to read again.
      if (e.field === 'agreementHash') {
        setAgreed(false);
        reload();
      }
    },
  });

  if (!residentId) return <Page title='签约协议'><ActingAsBanner /><EmptyState title='请先建立健康档案' /></Page>;
  if (!data) return <Page title='签约协议'>{loading ? <Loading /> : <ErrorNotice error={error} onRetry={reload} />}</Page>;

  const feeChange = data.previousSelfPayYuan === null ? null : feeChangeText(data.previousSelfPayYuan, data.fees.selfPayYuan, verb);
  const submit = async () => {
    if (!agreed) {
      form.refuse({ agreed: '请先勾选“我已阅读并同意本协议”' });
      return;
    }
    if (feeChange) {
      const { confirm } = await Taro.showModal({ title: '费用有变化', content: `${feeChange}确定${verb}吗？`, confirmText: `确定${verb}`, cancelText: '再想想' });
      if (!confirm) return;
    }
    void form.submit(data.hash);
  };

  return (
    <Page title={`${verb}协议`} intro='请仔细阅读，确认后提交给家庭医生团队审核'>
      <ActingAsBanner />
      <Card title={`${verb}要点`}>
        <InfoRow label='家庭医生团队' value={data.team.name} />
        <InfoRow label='服务包' value={data.packages.map((p) => p.name).join('、')} />
        <InfoRow label='每年个人自付' value={yuanText(data.fees.selfPayYuan)} />
        {data.previousSelfPayYuan !== null ? <InfoRow label='原签约每年自付' value={yuanText(data.previousSelfPayYuan)} /> : null}
        {feeChange ? <Text className='sign-fee-change'>{`费用有变化：${feeChange}`}</Text> : null}
        <InfoRow label='服务期' value={purpose === 'renew' ? '接续原签约，为期一年' : '团队审核通过之日起一年'} />
        <Text className='sign-hint'>下面是协议全文，读完后在页面最下方确认</Text>
      </Card>
      <AgreementView title={data.title} sections={data.sections} templateVersion={data.templateVersion} hash={data.hash} />
      {data.fees.insuranceYuan > 0 ? (
        <View className='sign-total'>
          <Text className='sign-total__line'>医保统筹支付 {data.fees.insuranceYuan}元，合计 {data.fees.totalYuan}元</Text>
        </View>
      ) : null}
      <View
        className={`sign-check${agreed ? ' sign-check--on' : ''}${form.errors.agreed ? ` sign-check--invalid ${INVALID_FIELD_CLASS}` : ''}`}
        ariaRole='checkbox'
        ariaLabel={form.errors.agreed ? `我已阅读并同意本协议，${form.errors.agreed}` : '我已阅读并同意本协议'}
        {...checkedState(agreed)}
        {...focusable}
        onClick={() => {
          setAgreed(!agreed);
          form.reset();
        }}
      >
        <View className='sign-check__mark'>
          <Text>{agreed ? '✓' : ''}</Text>
        </View>
        <Text className='sign-check__text'>我已阅读并同意本协议</Text>
      </View>
      {form.errors.agreed ? <Text className='ui-field-error'>{form.errors.agreed}</Text> : null}
      <ErrorNotice error={form.failure} />
      <ActionBar label={`${verb}操作`} summary={`每年个人自付：${yuanText(data.fees.selfPayYuan)}`}>
        <Button loading={form.busy} onClick={() => void submit()}>
          {`同意并${verb}`}
        </Button>
      </ActionBar>
    </Page>
  );
}
