import Taro, { useShareAppMessage } from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { pagePath } from '@shared/pages/page-paths';
import { call } from '../../../../api';
import { Button, Card, EmptyState, ErrorNotice, InfoRow, Loading, Page } from '../../../../components';
import { formatLocalDate } from '../../../../lib/date';
import { useLoader } from '../../../../lib/use-loader';
import { usePageParams } from '../../../../lib/use-page-params';
import '../../components/sojourn.css';

/**
 * The handback summary (旅居健康小结) after a stay: visits and services, readings and medication
 * changes during the stay, and the sojourn team's closing note. The resident and the home team read
 * it here; a visitor from outside Yunnan shows this page to the home doctor or forwards it in WeChat
 * (whoever opens a forwarded page sees it only if entitled).
 */
/** Opens WeChat's share menu; outside WeChat the page is shown to the doctor instead. */
async function share(): Promise<void> {
  try {
    await Taro.showShareMenu({ withShareTicket: false });
    await Taro.showToast({ title: '点右上角“…”转发给家乡的医生', icon: 'none' });
  } catch {
    await Taro.showToast({ title: '请把本页出示给家乡的医生', icon: 'none' });
  }
}

export default function SummaryPage() {
  const { stayId = '' } = usePageParams();
  const { data, loading, error, reload } = useLoader(() => call('sojourn.summary', { stayId }), [stayId]);
  useShareAppMessage(() => ({ title: data ? `${data.stay.residentName}的旅居健康小结` : '旅居健康小结', path: `/${pagePath('sojournSummary', { stayId })}` }));
  if (!data) return <Page title='旅居健康小结'>{loading ? <Loading /> : <ErrorNotice error={error} onRetry={reload} />}</Page>;
  const { stay } = data;
  return (
    <Page title='旅居健康小结' intro={`${stay.residentName} · ${stay.team.name}`}>
      <Card title='旅居概况'>
        <InfoRow label='旅居日期' value={`${stay.arrival} 至 ${stay.departure}`} />
        <InfoRow label='旅居团队' value={`${stay.team.name} ${stay.team.phone}`} />
        <InfoRow label='家乡签约' value={stay.homeTeam ? stay.homeTeam.name : stay.homeInstitution ? `${stay.homeInstitution.name} ${stay.homeInstitution.phone}` : '未填写'} />
      </Card>
      <Card title='就诊和服务'>
        {data.visits.length === 0 ? <EmptyState title='旅居期间没有就诊记录' /> : null}
        {data.visits.map((v) => (
          <Text key={v.at} className='sj-line'>{`${formatLocalDate(v.at)} · ${v.channel}：${v.services.join('、')}${v.note ? `。${v.note}` : ''}`}</Text>
        ))}
      </Card>
      <Card title='居家测量'>
        {data.readings.length === 0 ? <EmptyState title='旅居期间没有测量记录' /> : null}
        {data.readings.map((r) => (
          <Text key={`${r.at}-${r.kind}`} className='sj-line'>{`${formatLocalDate(r.at)} · ${r.kind} ${r.valueText}`}</Text>
        ))}
      </Card>
      <Card title='用药变化'>
        {data.medicationChanges.length === 0 ? <EmptyState title='旅居期间用药没有变化' /> : null}
        {data.medicationChanges.map((m) => (
          <Text key={`${m.at}-${m.drug}`} className='sj-line'>{`${formatLocalDate(m.at)} · ${m.change === 'started' ? '开始' : '停用'} ${m.drug} ${m.dose}`}</Text>
        ))}
      </Card>
      <Card title='旅居团队小结'>
        {stay.closingNote ? (
          <>
            <Text className='sj-line'>{stay.closingNote.text}</Text>
            <Text className='sj-muted'>{`${stay.closingNote.by} · ${formatLocalDate(stay.closingNote.at)}`}</Text>
          </>
        ) : (
          <Text className='sj-muted'>旅居团队没有填写小结</Text>
        )}
      </Card>
      <Button variant='secondary' onClick={() => void share()}>
        转发给家乡的医生
      </Button>
    </Page>
  );
}
