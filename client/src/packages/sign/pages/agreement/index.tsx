import { Text } from '@tarojs/components';
import { call } from '../../../../api';
import { Card, EmptyState, ErrorNotice, InfoRow, Loading, Page } from '../../../../components';
import { formatLocalDate } from '../../../../lib/date';
import { AgreementView } from '../../components/agreement-view';
import { useLoader } from '../../../../lib/use-loader';
import { usePageParams } from '../../../../lib/use-page-params';
import { canSign } from '../../lib/can-sign';
import { ContractPersonBanner } from '../../components/contract-person-banner';
import '../../components/sign.css';

/** The signed agreement word for word, as stored when it was signed. */
export default function AgreementPage() {
  const { contractId = '' } = usePageParams();
  const { data, loading, error, reload } = useLoader(async () => {
    if (!contractId) return null;
    const text = await call('contract.agreement', { contractId });
    return { ...text, canSign: await canSign(text.residentId) };
  }, [contractId]);
  if (!contractId) return <Page title='协议原文'><EmptyState title='请从“我的签约”中选择一份签约' /></Page>;
  if (!data) return <Page title='协议原文'>{loading ? <Loading /> : <ErrorNotice error={error} onRetry={reload} />}</Page>;
  return (
    <Page title='协议原文'>
      {/* The person whose agreement this is; choosing someone else leaves for that person's contracts. */}
      {data.canSign ? <ContractPersonBanner residentId={data.residentId} /> : null}
      <Card>
        <InfoRow label='签署' value={data.signedBy.label} />
        <InfoRow label='签署时间' value={formatLocalDate(data.signedAt)} />
        <Text className={data.intact ? 'sign-review__check sign-review__check--ok' : 'sign-review__check sign-review__check--no'}>
          {data.intact ? '✓ 与签署时的原文一致，未被改动' : '✕ 原文与签署时的指纹不一致，请联系团队'}
        </Text>
      </Card>
      <AgreementView title={data.title} sections={data.sections} templateVersion={data.templateVersion} hash={data.hash} />
    </Page>
  );
}
