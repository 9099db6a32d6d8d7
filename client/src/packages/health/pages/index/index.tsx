import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import { pageUrl } from '@shared/pages/page-paths';
import { READING_KIND_LABELS, READING_KINDS } from '@shared/health/readings';
import { call } from '../../../../api';
import { ActingAsBanner, Button, Card, EmptyState, ErrorNotice, Loading, Page } from '../../../../components';
import { useLoader } from '../../../../lib/use-loader';
import { imageName } from '../../../../lib/a11y';
import { ChoiceRow } from '../../components/controls';
import { NoHealthProfile } from '../../components/no-health-profile';
import { ReadingLine } from '../../components/reading-line';
import { chartDescription, chartImageSrc } from '../../lib/chart-svg';
import { useReadingSubject } from '../../lib/use-reading-subject';
import '../../components/health.css';

const KIND_OPTIONS = READING_KINDS.map((k) => ({ value: k, label: READING_KIND_LABELS[k] }));
const DAY_OPTIONS = [
  { value: 30 as const, label: '30天' },
  { value: 90 as const, label: '90天' },
];

/**
 * One person's blood pressure, glucose or weight over 30 or 90 days: the last reading large, the
 * trend as a picture with the target band, week averages and the readings in words, and a button to
 * add one. For the resident, a guardian acting for her, and her team.
 */
export default function HealthPage() {
  const { params, residentId, kind, setKind } = useReadingSubject();
  const [days, setDays] = useState<30 | 90>(30);
  const { data, loading, error, reload } = useLoader(
    () => (residentId ? call('health.chart', { residentId, kind, days }) : Promise.resolve(null)),
    [residentId, kind, days],
  );

  if (!residentId) {
    return <NoHealthProfile title='血压血糖' description='建立健康档案后，就可以记录血压、血糖，家庭医生团队也能看到' />;
  }
  const record = () => Taro.navigateTo({ url: pageUrl('healthRecord', { residentId, kind }) });
  return (
    <Page title={data ? `${data.residentName}的血压血糖` : '血压血糖'}>
      {params.residentId ? null : <ActingAsBanner />}
      <ChoiceRow name='kind' label='测量项目' options={KIND_OPTIONS} value={kind} onChange={setKind} />
      {!data ? (
        loading ? <Loading /> : <ErrorNotice error={error} onRetry={reload} />
      ) : (
        <>
          <Card className='hl-last'>
            {data.last ? (
              <>
                <Text className='hl-last__label'>最近一次 · {data.last.timeText}</Text>
                <Text className={`hl-last__value hl-level--${data.last.level}`}>{data.last.valueText}</Text>
                <Text className={`hl-badge hl-level--${data.last.level}`}>{data.last.levelLabel}</Text>
              </>
            ) : (
              <Text className='hl-last__label'>还没有{READING_KIND_LABELS[kind]}记录</Text>
            )}
            <Text className='hl-status'>近两周：{data.statusLabel}</Text>
            {data.targetText ? <Text className='hl-target'>控制目标：{data.targetText}</Text> : null}
          </Card>
          {data.canRecord ? (
            <View className='hl-actions'>
              <Button onClick={record}>记一次{READING_KIND_LABELS[kind]}</Button>
            </View>
          ) : null}
          <Card title={`最近${days}天的变化`}>
            <ChoiceRow name='days' label='时间范围' options={DAY_OPTIONS} value={days} onChange={setDays} />
            {data.points.length > 0 ? (
              <>
                <Image className='hl-chart' src={chartImageSrc(data)} mode='widthFix' {...imageName(chartDescription(data))} />
                <View className='hl-legend'>
                  {kind === 'bp' ? (
                    <>
                      <Text className='hl-legend__item hl-legend__item--a'>红线：收缩压（高压）</Text>
                      <Text className='hl-legend__item hl-legend__item--b'>蓝线：舒张压（低压）</Text>
                    </>
                  ) : null}
                  {data.targetText ? <Text className='hl-legend__item hl-legend__item--band'>绿色区域和虚线：控制目标</Text> : null}
                  <Text className='hl-legend__item'>黑色短横：每周平均；空心大圆点：危急读数</Text>
                </View>
              </>
            ) : (
              <EmptyState title={`最近${days}天没有${READING_KIND_LABELS[kind]}记录`} />
            )}
            {data.weeks.length > 0 ? (
              <View className='hl-weeks' ariaRole='list' ariaLabel='每周平均'>
                {data.weeks.map((w) => (
                  <View key={w.week} ariaRole='listitem'>
                    <Text className='hl-weeks__row'>
                      {`${Number(w.week.slice(5, 7))}月${Number(w.week.slice(8, 10))}日那周：平均 ${w.b === null ? w.a : `${w.a}/${w.b}`}（${w.count}次）`}
                    </Text>
                  </View>
                ))}
              </View>
            ) : null}
            {data.source ? <Text className='hl-source'>标准来源：{data.source}</Text> : null}
          </Card>
          {data.recent.length > 0 ? (
            <Card title='测量记录'>
              <View ariaRole='list' ariaLabel='测量记录'>
                {data.recent.map((r) => (
                  <ReadingLine key={r.id} reading={r} />
                ))}
              </View>
            </Card>
          ) : null}
          {data.team ? (
            <Card title='有疑问找家庭医生'>
              <Text className='hl-note'>{data.team.name}</Text>
              <View className='hl-actions'>
                <Button variant='secondary' onClick={() => void Taro.makePhoneCall({ phoneNumber: data.team!.phone })}>
                  拨打电话 {data.team.phone}
                </Button>
              </View>
            </Card>
          ) : null}
        </>
      )}
    </Page>
  );
}
