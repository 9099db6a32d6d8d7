import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../../../api';
import { EmptyState, ErrorNotice, Loading, Page } from '../../../../components';
import { focusable } from '../../../../lib/a11y';
import { useLoader } from '../../../../lib/use-loader';
import { ReviewCard } from '../../components/review-card';
import { ReviewHistory } from '../../components/review-history';
import '../../components/sign.css';

const TABS = [
  { key: 'queue', label: '待审核' },
  { key: 'history', label: '已处理' },
] as const;
type Tab = (typeof TABS)[number]['key'];

/** For team members: applications waiting for the team, oldest first, and those already decided. */
export default function ReviewPage() {
  const { data, loading, error, reload } = useLoader(() => call('contract.reviewQueue', {}), []);
  const [notice, setNotice] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('queue');
  return (
    <Page title='签约审核' intro={data ? `${data.team.name} · 待审核 ${data.items.length} 份` : undefined}>
      <View className='sign-tabs' role='tablist' aria-label='签约审核'>
        {TABS.map((t) => (
          <View key={t.key} className={`sign-tab${tab === t.key ? ' sign-tab--on' : ''}`} role='tab' aria-selected={tab === t.key} {...focusable} onClick={() => setTab(t.key)}>
            <Text>{t.label}</Text>
          </View>
        ))}
      </View>
      {notice ? <Text className='sign-success'>{notice}</Text> : null}
      <View role='tabpanel'>
        {tab === 'history' ? (
          <ReviewHistory />
        ) : !data ? (
          loading ? <Loading /> : <ErrorNotice error={error} onRetry={reload} />
        ) : data.items.length === 0 ? (
          <EmptyState title='没有待审核的签约申请' />
        ) : (
          data.items.map((item) => (
            <ReviewCard
              key={item.contract.id}
              item={item}
              onDone={(message) => {
                setNotice(message);
                reload();
              }}
            />
          ))
        )}
      </View>
    </Page>
  );
}
