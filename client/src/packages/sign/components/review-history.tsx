import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ActionOutput } from '@shared/api';
import { call, toApiError } from '../../../api';
import { Button, EmptyState, ErrorNotice, Loading } from '../../../components';
import { chineseDateTime } from '@shared/time/china-time';
import { useLoader } from '../../../lib/use-loader';
import { PURPOSE_TEXT } from '../lib/labels';

type Entry = ActionOutput<'contract.reviewHistory'>['items'][number];

const PAGE = 20;

function HistoryEntry({ entry }: { entry: Entry }) {
  const approved = entry.decision === 'approve';
  return (
    <View className='ui-card sign-history'>
      <View className='sign-summary__head'>
        <Text className='sign-review__person'>{`${entry.name} · ${PURPOSE_TEXT[entry.purpose]}`}</Text>
        <Text className={`sign-badge sign-badge--${approved ? 'ok' : 'off'}`}>{approved ? '已通过' : '未通过'}</Text>
      </View>
      <Text className='sign-history__line'>{entry.packages.join('、')}</Text>
      <Text className='sign-history__line'>{`${chineseDateTime(new Date(entry.reviewedAt))} · ${entry.reviewerLabel}`}</Text>
      {entry.reason ? <Text className='sign-history__reason'>{`理由：${entry.reason}`}</Text> : null}
    </View>
  );
}

/** For team members: the team's processed applications, newest first, 20 at a time. */
export function ReviewHistory() {
  const { data, loading, error, reload } = useLoader(() => call('contract.reviewHistory', { limit: PAGE }), []);
  const [more, setMore] = useState<{ items: Entry[]; next: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ReturnType<typeof toApiError> | null>(null);
  if (!data) return loading ? <Loading /> : <ErrorNotice error={error} onRetry={reload} />;
  const items = [...data.items, ...(more?.items ?? [])];
  const next = more ? more.next : data.next;
  const loadMore = async () => {
    if (!next) return;
    setBusy(true);
    setFailure(null);
    try {
      const page = await call('contract.reviewHistory', { limit: PAGE, before: next });
      setMore({ items: [...(more?.items ?? []), ...page.items], next: page.next });
    } catch (err) {
      setFailure(toApiError(err));
    } finally {
      setBusy(false);
    }
  };
  if (items.length === 0) return <EmptyState title='还没有处理过的申请' description='通过或退回的签约申请会按时间列在这里' />;
  return (
    <View>
      {items.map((e) => (
        <HistoryEntry key={e.contractId} entry={e} />
      ))}
      <ErrorNotice error={failure} />
      {next ? (
        <Button variant='secondary' loading={busy} onClick={() => void loadMore()}>
          查看更早的记录
        </Button>
      ) : null}
    </View>
  );
}
