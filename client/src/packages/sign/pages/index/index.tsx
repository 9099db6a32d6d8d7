import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Contract } from '@shared/api/contract';
import { call } from '../../../../api';
import { ActingAsBanner, Button, Card, EmptyState, ErrorNotice, Loading, Page, useActingAs } from '../../../../components';
import { ContractSummary } from '../../components/contract-summary';
import { StatusBadge } from '../../components/status-badge';
import { formatLocalDate } from '../../../../lib/date';
import { periodText } from '../../lib/labels';
import { MAP_ROUTE, createProfileRoute, SIGN_ROUTES } from '../../lib/routes';
import { useLoader } from '../../../../lib/use-loader';
import '../../components/sign.css';
import { focusable } from '../../../../lib/a11y';

const open = (c: Contract) => Taro.navigateTo({ url: SIGN_ROUTES.contract(c.id) });

/** The contract of the person the app acts for: in effect, waiting, and earlier ones. */
export default function MyContracts() {
  const acting = useActingAs();
  const residentId = acting?.residentId;
  const { data, loading, error, reload } = useLoader(() => (residentId ? call('contract.mine', { residentId }) : Promise.resolve(null)), [residentId]);

  if (!residentId) {
    return (
      <Page title='我的签约'>
        <ActingAsBanner />
        <EmptyState title='还没有健康档案' description='建立健康档案后就可以和家庭医生团队签约'>
          <Button onClick={() => Taro.navigateTo({ url: createProfileRoute(SIGN_ROUTES.mine) })}>建立健康档案</Button>
        </EmptyState>
      </Page>
    );
  }
  return (
    <Page title='我的签约'>
      <ActingAsBanner />
      {!data ? (
        loading ? <Loading /> : <ErrorNotice error={error} onRetry={reload} />
      ) : (
        <>
          {data.current ? (
            <View ariaRole='button' {...focusable} onClick={() => open(data.current!)}>
              <ContractSummary contract={data.current} title='当前签约' />
            </View>
          ) : null}
          {data.next ? (
            <View ariaRole='button' {...focusable} onClick={() => open(data.next!)}>
              <ContractSummary contract={data.next} title={data.next.status === 'scheduled' ? '已续约，待生效' : '正在审核的申请'} />
            </View>
          ) : null}
          {!data.current && !data.next ? (
            <EmptyState title='还没有签约' description='在地图上找到负责您家的家庭医生团队，就可以签约'>
              <Button onClick={() => Taro.switchTab({ url: MAP_ROUTE })}>在地图上找团队</Button>
            </EmptyState>
          ) : null}
          {data.history.length > 0 ? (
            <Card title='以前的签约和申请'>
              {data.history.map((c) => (
                <View key={c.id} className='ui-row' ariaRole='button' {...focusable} hoverClass='sign-package--pressed' onClick={() => open(c)}>
                  <View className='sign-step__body'>
                    <Text className='ui-row__label'>{c.team.name}</Text>
                    <Text className='sign-step__detail'>{periodText(c) ?? `提交于 ${formatLocalDate(c.submittedAt)}`}</Text>
                  </View>
                  <StatusBadge contract={c} />
                </View>
              ))}
            </Card>
          ) : null}
        </>
      )}
    </Page>
  );
}
