import Taro from '@tarojs/taro';
import { pageUrl } from '@shared/pages/page-paths';
import { Text, View } from '@tarojs/components';
import { useCallback, useState } from 'react';
import type { ActionOutput } from '@shared/api';
import type { Contract } from '@shared/api/contract';
import { call } from '../../api';
import { Button, Card } from '../../components';
import { formatLocalDate } from '../../lib/date';
import './contract-card.css';
import { useMountedRef, useRefreshOnShow } from '../../lib/use-refresh-on-show';

type Overview = ActionOutput<'contract.overview'>;
type Person = Overview['people'][number];

const go = (url: string) => Taro.navigateTo({ url });
const contractUrl = (contractId: string) => pageUrl('signContract', { contractId });

/** One line about a person's contract: 生效中 · 石龙湖团队 · 至2027年3月9日, 待审核, 未签约. */
export function contractLine(p: Person): { status: string; detail: string; tone: 'ok' | 'wait' | 'off'; contract: Contract | null } {
  const c = p.current;
  if (c) {
    const until = c.period ? `服务期至${formatLocalDate(c.period.end)}` : '';
    if (c.renewal?.open) return { status: '即将到期，可续约', detail: `${c.team.name} · ${until}`, tone: 'wait', contract: c };
    return { status: '已签约，生效中', detail: `${c.team.name} · ${until}`, tone: 'ok', contract: c };
  }
  if (p.next) return { status: p.next.statusLabel, detail: p.next.team.name, tone: 'wait', contract: p.next };
  return { status: '未签约', detail: '在地图上找到负责的家庭医生团队即可签约', tone: 'off', contract: null };
}

/**
 * The 我的 tab's contract card: the user's own contract and those of family they look after, and for
 * team members the applications waiting for review. Notices (审核结果, 续约提醒) are in the messages card.
 */
export function ContractCard() {
  const [overview, setOverview] = useState<Overview | null>(null);
  const mounted = useMountedRef();
  const load = useCallback(() => {
    call('contract.overview', {})
      .then((o) => {
        if (mounted.current && o) setOverview(o);
      })
      .catch(() => {
        // The card stays as it was; the rest of the tab does not depend on it.
      });
  }, [mounted]);
  useRefreshOnShow(load);

  if (!overview) return null;
  const self = overview.people.find((p) => p.self);
  // Someone not yet signed, or new and not team staff, is shown where signing starts.
  const findTeam = self ? !self.current && !self.next : !overview.review;

  return (
    <Card title='家庭医生签约' className='me-contract'>
      {overview.people.map((p) => {
        const line = contractLine(p);
        return (
          <View
            key={p.residentId}
            className='me-contract__person'
            hoverClass='me-contract--pressed'
            ariaRole='button'
            onClick={() => go(line.contract ? contractUrl(line.contract.id) : pageUrl('signMine'))}
          >
            <View className='me-contract__who'>
              <Text className='me-contract__name'>{p.self ? `${p.name}（本人）` : `${p.name}（${p.relationLabel ?? '家人'}）`}</Text>
              <Text className={`me-contract__status me-contract__status--${line.tone}`}>{line.status}</Text>
            </View>
            <Text className='me-contract__detail'>{line.detail}</Text>
          </View>
        );
      })}
      {overview.people.length === 0 && !overview.review ? (
        <Text className='me-contract__detail'>在地图上找到负责您家的家庭医生团队，建立健康档案后就可以签约</Text>
      ) : null}
      <View className='me-actions me-contract-actions'>
        {findTeam ? (
          <Button onClick={() => Taro.switchTab({ url: pageUrl('map') })}>在地图上找团队签约</Button>
        ) : null}
        {overview.people.length > 0 ? (
          <Button variant='secondary' onClick={() => go(pageUrl('signMine'))}>
            我的签约
          </Button>
        ) : null}
        {self?.current ? (
          <Button variant='secondary' onClick={() => go(pageUrl('appointments', { residentId: self.residentId }))}>
            预约服务和履约进度
          </Button>
        ) : null}
        {overview.review ? (
          <Button variant={overview.review.pending > 0 ? 'primary' : 'secondary'} onClick={() => go(pageUrl('signReview'))}>
            {`签约审核（待审核 ${overview.review.pending} 份）`}
          </Button>
        ) : null}
      </View>
    </Card>
  );
}
