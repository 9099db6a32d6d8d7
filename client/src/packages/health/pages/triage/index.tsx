import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { pageUrl } from '@shared/pages/page-paths';
import { call } from '../../../../api';
import { Card, EmptyState, ErrorNotice, Loading, Page } from '../../../../components';
import { useLoader } from '../../../../lib/use-loader';
import { TriageCard } from '../../components/triage-card';
import '../../components/health.css';

/**
 * For the team's staff: who needs a call today, most pressing first (urgent readings not followed up,
 * then blood pressure or glucose above target over two weeks, then 30 days without a reading). Each
 * entry has the phone, the chart, a follow-up record and the suggested risk colour to confirm.
 */
export default function TriagePage() {
  const { data, loading, error, reload } = useLoader(() => call('health.triage', {}), []);
  return (
    <Page title='需要随访的居民' intro='危急读数排在最前面；随访后记录一下，会计入签约服务的履约进度'>
      {!data ? (
        loading ? <Loading /> : <ErrorNotice error={error} onRetry={reload} />
      ) : data.entries.length === 0 ? (
        <EmptyState title='今天没有需要随访的居民' description={`${data.team.name}的签约居民血压、血糖都在按时测量`} />
      ) : (
        <>
          <Card>
            <Text className='hl-note'>{`${data.team.name} · 共${data.entries.length}人`}</Text>
          </Card>
          <View ariaRole='list' ariaLabel='需要随访的居民'>
            {data.entries.map((e, i) => (
              <TriageCard
                key={e.residentId}
                entry={e}
                rank={i + 1}
                onChart={() => Taro.navigateTo({ url: pageUrl('healthHome', { residentId: e.residentId }) })}
                onChanged={reload}
              />
            ))}
          </View>
        </>
      )}
    </Page>
  );
}
