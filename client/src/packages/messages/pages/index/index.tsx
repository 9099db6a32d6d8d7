import Taro from '@tarojs/taro';
import { pageUrl } from '@shared/pages/page-paths';
import { useState } from 'react';
import type { Notice } from '@shared/api/contract';
import { call, toApiError } from '../../../../api';
import { Button, EmptyState, ErrorNotice, Loading, NoticeItem, Page } from '../../../../components';
import { noticeTarget } from '../../../../lib/notices';
import { showUnreadBadge } from '../../../../lib/unread-badge';
import { useLoader } from '../../../../lib/use-loader';
import { FamilyRequestAlerts } from '../../components/family-request-alerts';

/**
 * The message centre: review results, family requests and answers, renewal and appointment notices,
 * newest first. Opening one marks it read and goes to what it is about; 全部标为已读 clears the badge.
 */
export default function MessagesPage() {
  const { data, loading, error, reload } = useLoader(() => call('contract.notices', { limit: 50 }), []);
  const [read, setRead] = useState<Set<string>>(new Set());
  const [failure, setFailure] = useState<ReturnType<typeof toApiError> | null>(null);

  if (!data) return <Page title='消息'>{loading ? <Loading /> : <ErrorNotice error={error} onRetry={reload} />}</Page>;
  const notices = data.notices.map((n) => (read.has(n.id) ? { ...n, read: true } : n));
  const unread = notices.filter((n) => !n.read);

  const markRead = (ids: string[]) => {
    if (ids.length === 0) return;
    setRead((cur) => new Set([...cur, ...ids]));
    showUnreadBadge(Math.max(0, data.unread - read.size - ids.length));
    call('contract.readNotices', { ids }).catch((err: unknown) => setFailure(toApiError(err)));
  };
  const open = (n: Notice) => {
    if (!n.read) markRead([n.id]);
    const target = noticeTarget(n, pageUrl('messages'));
    if (target) Taro.navigateTo({ url: target });
  };

  return (
    <Page title='消息' intro={unread.length > 0 ? `${unread.length}条未读` : '没有未读消息'}>
      <ErrorNotice error={failure} />
      {notices.length === 0 ? <EmptyState title='还没有消息' description='签约审核结果、家人的代办申请和提醒都会在这里告诉您' /> : null}
      {notices.map((n) => (
        <NoticeItem key={n.id} notice={n} onOpen={open} />
      ))}
      {unread.length > 0 ? (
        <Button variant='secondary' onClick={() => markRead(unread.slice(0, 50).map((n) => n.id))}>全部标为已读</Button>
      ) : null}
      <FamilyRequestAlerts />
    </Page>
  );
}
