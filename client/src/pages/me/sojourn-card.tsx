import Taro from '@tarojs/taro';
import { Picker, Text, View } from '@tarojs/components';
import { addDays } from '@shared/appointment/local-time';
import { useCallback, useState } from 'react';
import { pageUrl } from '@shared/pages/page-paths';
import type { ActionOutput } from '@shared/api';
import { call, newRequestId, toApiError } from '../../api';
import { Button, Card, InfoRow, useActingAs } from '../../components';
import { useMountedRef, useRefreshOnShow } from '../../lib/use-refresh-on-show';

type Mine = ActionOutput<'sojourn.mine'>;

const go = (url: string) => Taro.navigateTo({ url });

/**
 * The 我的 tab's teams card during a stay: the home team (kept) and the sojourn team with the stay's
 * dates, with extend / end early, and the handback summary after the stay. Hidden for someone who has
 * never registered a stay; staff of a sojourn team (`stay.guests` in the team policy table) get their
 * guest list.
 */
export function SojournCard({ guestList }: { guestList: boolean }) {
  const acting = useActingAs();
  const residentId = acting?.residentId;
  const [mine, setMine] = useState<Mine | null>(null);
  const mounted = useMountedRef();
  const load = useCallback(() => {
    // Without a chosen person, the user's own profile (if any).
    const who = residentId ? Promise.resolve(residentId) : call('resident.listMine', {}).then((f) => f?.self?.id);
    who
      .then((id) => (id ? call('sojourn.mine', { residentId: id }) : null))
      .then((m) => {
        if (mounted.current && m) setMine(m);
      })
      .catch(() => {
        // The card stays as it was; the rest of the tab does not depend on it.
      });
  }, [mounted, residentId]);
  useRefreshOnShow(load);

  async function end(stayId: string) {
    const { confirm } = await Taro.showModal({ title: '提前结束旅居？', content: '结束后旅居团队不再能查看档案，可查看旅居健康小结。', confirmText: '结束', cancelText: '不结束' });
    if (!confirm) return;
    try {
      await call('sojourn.end', { stayId }, { requestId: newRequestId() });
      load();
    } catch (err) {
      await Taro.showToast({ title: toApiError(err).message, icon: 'none' });
    }
  }

  async function extend(stayId: string, departure: string) {
    try {
      await call('sojourn.extend', { stayId, departure }, { requestId: newRequestId() });
      await Taro.showToast({ title: `已延长至${departure}`, icon: 'none' });
      load();
    } catch (err) {
      await Taro.showToast({ title: toApiError(err).message, icon: 'none' });
    }
  }

  const stay = mine?.current ?? null;
  const last = mine?.past[0] ?? null;
  if (!stay && !last && !guestList) return null;
  return (
    <Card title='我的家庭医生团队' className='me-sojourn'>
      {mine?.home ? <InfoRow label='家乡签约团队' value={`${mine.home.team.name}（至${mine.home.until}）`} /> : null}
      {!mine?.home && stay?.homeInstitution ? <InfoRow label='家乡签约机构' value={`${stay.homeInstitution.name} ${stay.homeInstitution.phone}`} /> : null}
      {stay ? (
        <View className='me-sojourn__stay'>
          <InfoRow label='旅居团队' value={`${stay.team.name} · ${stay.statusLabel}`} />
          <InfoRow label='旅居日期' value={`${stay.arrival} 至 ${stay.departure}`} />
          <InfoRow label='团队电话' value={stay.team.phone} />
        </View>
      ) : null}
      {!stay && last ? <Text className='me-note'>{`上次旅居：${last.team.name}，${last.arrival} 至 ${last.departure}`}</Text> : null}
      <View className='me-actions'>
        {stay?.can.extend ? (
          <Picker mode='date' value={stay.departure} start={addDays(stay.departure, 1)} end={addDays(stay.arrival, 180)} onChange={(e) => void extend(stay.id, String(e.detail.value))}>
            <Button variant='secondary'>延长旅居（选择新的离开日期）</Button>
          </Picker>
        ) : null}
        {stay?.can.end ? (
          <Button variant='secondary' onClick={() => void end(stay.id)}>
            {stay.phase === 'during' ? '提前结束旅居' : '撤回旅居登记'}
          </Button>
        ) : null}
        {!stay && last?.can.summary ? (
          <Button onClick={() => go(pageUrl('sojournSummary', { stayId: last.id }))}>查看旅居健康小结</Button>
        ) : null}
        {guestList ? (
          <Button variant='secondary' onClick={() => go(pageUrl('sojournGuests'))}>
            旅居人员名单
          </Button>
        ) : null}
      </View>
    </Card>
  );
}
