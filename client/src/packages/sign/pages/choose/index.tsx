import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import { call } from '../../../../api';
import { ActingAsBanner, Button, Card, EmptyState, ErrorNotice, Loading, Page, useActingAs } from '../../../../components';
import { totalFees } from '@shared/contract/packages';
import { PackageChoice } from '../../components/package-choice';
import { ReasonField } from '../../components/reason-field';
import { yuanText } from '../../lib/labels';
import { createProfileRoute, editProfileRoute, SIGN_ROUTES, type SigningPurpose } from '../../lib/routes';
import { useLoader } from '../../../../lib/use-loader';
import { usePageParams } from '../../../../lib/use-page-params';
import { decidePurpose } from './purpose';
import '../../components/sign.css';

const TITLES: Record<SigningPurpose, string> = { new: '选择服务包', switch: '换签：选择服务包', renew: '续约：选择服务包' };

/** Step 1 of signing: the team's packages, each checked against the person's health profile. */
export default function ChoosePage() {
  const params = usePageParams();
  const teamId = params.teamId ?? '';
  const acting = useActingAs();
  const residentId = acting?.residentId;
  const { data, loading, error, reload } = useLoader(async () => {
    const mine = residentId ? await call('contract.mine', { residentId }) : null;
    // Packages are checked against the person only for someone who may sign for them.
    const offered = await call('contract.packages', { teamId, ...(residentId && mine?.canSign ? { residentId } : {}) });
    return [offered, mine] as const;
  }, [teamId, residentId]);
  const [picked, setPicked] = useState<string[]>(() => (params.codes ? params.codes.split(',').filter(Boolean) : []));
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  const situation = useMemo(() => (data ? decidePurpose(teamId, data[1], params.purpose as SigningPurpose | undefined) : null), [data, teamId, params.purpose]);
  const offers = data?.[0].packages ?? [];
  const chosen = offers.filter((o) => o.required || (picked.includes(o.code) && o.eligible !== false));
  const fees = totalFees(chosen);

  if (!teamId) return <Page title='选择服务包'><EmptyState title='请先在地图上选择家庭医生团队' /></Page>;
  if (!data) return <Page title='选择服务包'>{loading ? <Loading /> : <ErrorNotice error={error} onRetry={reload} />}</Page>;

  const [{ team }] = data;
  const purpose = situation?.purpose ?? 'new';
  // Detours (a new profile, a fact to record) come back here with the choices kept.
  const here = SIGN_ROUTES.choose({ teamId, purpose: params.purpose as SigningPurpose | undefined, previousContractId: params.previousContractId, codes: picked });
  const next = () => {
    if (purpose === 'switch' && reason.trim().length < 2) {
      setReasonError('请填写换签原因（至少2个字）');
      return;
    }
    Taro.navigateTo({
      url: SIGN_ROUTES.confirm({
        teamId,
        purpose,
        previousContractId: situation?.previousContractId,
        codes: chosen.filter((o) => !o.required).map((o) => o.code),
        reason: purpose === 'switch' ? reason.trim() : undefined,
      }),
    });
  };

  return (
    <Page title={TITLES[purpose]} intro='基础包免费，个性化服务包可按需选择'>
      <ActingAsBanner />
      {params.notice ? <Text className='sign-success'>{params.notice}</Text> : null}
      <Card>
        <View className='sign-team'>
          <Text className='sign-team__name'>{team.name}</Text>
          <Text className='sign-team__meta'>{team.institution}</Text>
          <Text className='sign-team__meta'>团队电话 {team.phone}</Text>
        </View>
      </Card>
      {!residentId ? (
        <EmptyState title='请先建立健康档案' description='签约需要健康档案，用来确认可以选择哪些服务包'>
          <Button onClick={() => Taro.navigateTo({ url: createProfileRoute(here) })}>建立健康档案</Button>
        </EmptyState>
      ) : situation?.blocked ? (
        <Card title='暂时不能在这里签约'>
          <Text className='sign-hint'>{situation.blocked.message}</Text>
          {situation.blocked.contractId ? (
            <Button variant='secondary' onClick={() => Taro.navigateTo({ url: SIGN_ROUTES.contract(situation.blocked!.contractId!) })}>
              查看我的签约
            </Button>
          ) : null}
        </Card>
      ) : null}
      {situation?.note ? <Text className='sign-hint'>{situation.note}</Text> : null}
      <Text className='sign-section-title'>服务包</Text>
      {offers.map((o) => (
        <PackageChoice
          key={o.code}
          offer={o}
          chosen={chosen.some((c) => c.code === o.code)}
          onToggle={() => setPicked(picked.includes(o.code) ? picked.filter((c) => c !== o.code) : [...picked, o.code])}
          onFixProfile={residentId && data[1]?.canSign ? () => Taro.navigateTo({ url: editProfileRoute(residentId, here) }) : undefined}
        />
      ))}
      <View className='sign-total'>
        <Text className='sign-total__line'>已选 {chosen.map((o) => o.name).join('、')}</Text>
        <Text className='sign-total__strong'>每年个人自付：{yuanText(fees.selfPayYuan)}</Text>
        {fees.insuranceYuan > 0 ? <Text className='sign-total__line'>医保统筹支付 {fees.insuranceYuan}元，合计 {fees.totalYuan}元</Text> : null}
      </View>
      {residentId && purpose === 'switch' && !situation?.blocked ? (
        <ReasonField label='换签原因' value={reason} onChange={(v) => { setReason(v); setReasonError(null); }} placeholder='例如：搬家到新的社区' error={reasonError} />
      ) : null}
      {residentId && !situation?.blocked ? (
        <View className='sign-actions'>
          <Button onClick={next}>下一步：阅读签约协议</Button>
        </View>
      ) : null}
    </Page>
  );
}
