import Taro from '@tarojs/taro';
import { pageUrl } from '@shared/pages/page-paths';
import { Text, View } from '@tarojs/components';
import type { Notice } from '@shared/api/contract';
import { call } from '../../api';
import { Button, Card, NoticeItem } from '../../components';
import { noticeTarget } from '../../lib/notices';

export interface MessagesCardProps {
  notices: Notice[];
  unread: number;
  /** A notice was opened and marked read here. */
  onRead: (id: string) => void;
}

/** The 我的 tab's view of the message centre: the newest messages, the unread count, and the way to all. */
export function MessagesCard({ notices, unread, onRead }: MessagesCardProps) {
  const open = (n: Notice) => {
    if (!n.read) {
      call('contract.readNotices', { ids: [n.id] }).catch(() => undefined);
      onRead(n.id);
    }
    const target = noticeTarget(n, pageUrl('me'));
    if (target) Taro.navigateTo({ url: target });
  };
  return (
    <Card className='me-messages'>
      <View className='me-messages__head'>
        <Text className='ui-card__title'>消息</Text>
        {unread > 0 ? <Text className='me-messages__badge'>{`${unread}条未读`}</Text> : null}
      </View>
      {notices.length === 0 ? <Text className='me-note'>审核结果、家人的代办申请和提醒都会在这里。</Text> : null}
      {notices.slice(0, 3).map((n) => (
        <NoticeItem key={n.id} notice={n} onOpen={open} />
      ))}
      {notices.length > 0 ? (
        <View className='me-actions'>
          <Button variant='secondary' onClick={() => Taro.navigateTo({ url: pageUrl('messages') })}>全部消息</Button>
        </View>
      ) : null}
    </Card>
  );
}
