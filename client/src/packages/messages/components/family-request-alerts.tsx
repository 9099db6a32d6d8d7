import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Button, Card } from '../../../components';
import { askToNotify } from '../../../lib/subscribe';
import './messages.css';

/**
 * Lets the user allow a WeChat message for the next family request waiting for her consent, so she
 * hears of it without opening the app. Each "允许" covers one message (WeChat's one-time subscription).
 */
export function FamilyRequestAlerts() {
  const [left, setLeft] = useState<number | null>(null);
  const [asking, setAsking] = useState(false);
  const allow = async () => {
    setAsking(true);
    const remaining = await askToNotify(['familyRequest']);
    setAsking(false);
    if (remaining) setLeft(remaining.familyRequest ?? 0);
  };
  return (
    <Card title='家人申请代办时通知我'>
      <Text className='messages-note'>家人申请代您办理时，这里会显示，也可以用微信消息告诉您。每点一次“允许”，微信就多发一条。</Text>
      {left !== null ? (
        <View ariaRole='status'>
          <Text className='messages-done'>{`已开启：接下来${left}次家人申请会用微信通知您`}</Text>
        </View>
      ) : null}
      <View className='messages-actions'>
        <Button variant='secondary' loading={asking} onClick={() => void allow()}>{left === null ? '用微信通知我' : '再允许一次'}</Button>
      </View>
    </Card>
  );
}
