import { Text, View } from '@tarojs/components';
import type { Notice } from '@shared/api/contract';
import { NOTICE_TAGS, NOTICE_TONES } from '../lib/notices';
import { formatLocalDate } from '../lib/date';
import './notice-item.css';
import { focusable } from '../lib/a11y';

/** One notice of the message centre: its kind in words and colour, unread marked, the whole row a tap target. */
export function NoticeItem({ notice, onOpen }: { notice: Notice; onOpen: (n: Notice) => void }) {
  const tone = NOTICE_TONES[notice.kind];
  return (
    <View
      className={`ui-notice ui-notice--${tone}${notice.read ? '' : ' ui-notice--unread'}`}
      ariaRole='button'
      {...focusable}
      hoverClass='ui-notice--pressed'
      onClick={() => onOpen(notice)}
    >
      <View className='ui-notice__head'>
        <Text className='ui-notice__tag'>{NOTICE_TAGS[tone]}</Text>
        <Text className='ui-notice__title'>{notice.title}</Text>
        {notice.read ? null : <Text className='ui-notice__unread'>未读</Text>}
      </View>
      <Text className='ui-notice__body'>{notice.body}</Text>
      <Text className='ui-notice__time'>{formatLocalDate(notice.createdAt)}</Text>
    </View>
  );
}
