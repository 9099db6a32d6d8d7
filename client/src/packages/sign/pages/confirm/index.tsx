import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import type { ApiError } from '@shared/api';
import { call, newRequestId, toApiError } from '../../../../api';
import { ActingAsBanner, Button, Card, EmptyState, ErrorNotice, InfoRow, Loading, Page, useActingAs } from '../../../../components';
import { AgreementView } from '../../components/agreement-view';
import { yuanText } from '../../lib/labels';
import { SIGN_ROUTES, type SigningPurpose } from '../../lib/routes';
import { askToNotify } from '../../lib/subscribe';
import { useLoader } from '../../../../lib/use-loader';
import { usePageParams } from '../../../../lib/use-page-params';
import '../../components/sign.css';

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
    () => call('contract.preview', { residentId, teamId, packageCodes, purpose, ...(previousContractId ? { previousContractId } : {}) }),
    [residentId, teamId, params.codes, purpose, previousContractId],
  );
  const [agreed, setAgreed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  // One key per attempt to sign, kept across retries so a repeated tap cannot sign twice.
  const requestId = useRef(newRequestId());
  const verb = VERBS[purpose];

  if (!residentId) return <Page title='签约协议'><ActingAsBanner /><EmptyState title='请先建立健康档案' /></Page>;
  if (!data) return <Page title='签约协议'>{loading ? <Loading /> : <ErrorNotice error={error} onRetry={reload} />}</Page>;

  const submit = async () => {
    if (!agreed) {
      setFailure({ code: 'INVALID_INPUT', message: '请先勾选“我已阅读并同意本协议”' });
      return;
    }
    setBusy(true);
    setFailure(null);
    await askToNotify(['contractReviewResult', 'renewalNotice']);
    const opts = { requestId: requestId.current };
    const signing =
      purpose === 'switch'
        ? call('contract.switchTeam', { contractId: previousContractId ?? '', teamId, packageCodes, reason: params.reason ?? '', agreementHash: data.hash }, opts)
        : purpose === 'renew'
          ? call('contract.renew', { contractId: previousContractId ?? '', teamId, packageCodes, agreementHash: data.hash }, opts)
          : call('contract.apply', { residentId, teamId, packageCodes, agreementHash: data.hash }, opts);
    signing
      .then((contract) => Taro.redirectTo({ url: SIGN_ROUTES.contract(contract.id, { submitted: true }) }))
      .catch((err: unknown) => {
        const e = toApiError(err);
        setFailure(e);
        setBusy(false);
        requestId.current = newRequestId();
        // The text changed (a new day, a profile edit): show the new one to read again.
        if (e.field === 'agreementHash') {
          setAgreed(false);
          reload();
        }
      });
  };

  return (
    <Page title={`${verb}协议`} intro='请仔细阅读，确认后提交给家庭医生团队审核'>
      <ActingAsBanner />
      <Card title={`${verb}要点`}>
        <InfoRow label='家庭医生团队' value={data.team.name} />
        <InfoRow label='服务包' value={data.packages.map((p) => p.name).join('、')} />
        <InfoRow label='每年个人自付' value={yuanText(data.fees.selfPayYuan)} />
        <InfoRow label='服务期' value={purpose === 'renew' ? '接续原签约，为期一年' : '团队审核通过之日起一年'} />
        <Text className='sign-hint'>下面是协议全文，读完后在页面最下方确认</Text>
      </Card>
      <AgreementView title={data.title} sections={data.sections} templateVersion={data.templateVersion} hash={data.hash} />
      <View className='sign-total'>
        <Text className='sign-total__strong'>每年个人自付：{yuanText(data.fees.selfPayYuan)}</Text>
        {data.fees.insuranceYuan > 0 ? <Text className='sign-total__line'>医保统筹支付 {data.fees.insuranceYuan}元，合计 {data.fees.totalYuan}元</Text> : null}
      </View>
      <View
        className={`sign-check${agreed ? ' sign-check--on' : ''}`}
        ariaRole='checkbox'
        ariaLabel={`我已阅读并同意本协议，${agreed ? '已勾选' : '未勾选'}`}
        onClick={() => {
          setAgreed(!agreed);
          setFailure(null);
        }}
      >
        <View className='sign-check__mark'>
          <Text>{agreed ? '✓' : ''}</Text>
        </View>
        <Text className='sign-check__text'>我已阅读并同意本协议</Text>
      </View>
      <ErrorNotice error={failure} />
      <View className='sign-actions'>
        <Button loading={busy} onClick={() => void submit()}>
          {`确认${verb}`}
        </Button>
      </View>
    </Page>
  );
}
