import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useCallback, useState } from 'react';
import { pageUrl } from '@shared/pages/page-paths';
import { call } from '../../api';
import { Button, Card } from '../../components';
import { useRefreshOnShow } from '../../lib/use-refresh-on-show';

/**
 * Shown while the user's own record is not yet verified as hers: what waits until then, and the way
 * to verify. Nothing when she has no record, or it is verified.
 */
export function IdentityCard() {
  const [unverified, setUnverified] = useState(false);
  const load = useCallback(() => {
    call('resident.listMine', {})
      .then((mine) => setUnverified(mine.self !== null && !mine.self.identity.verified))
      .catch(() => setUnverified(false));
  }, []);
  useRefreshOnShow(load);
  if (!unverified) return null;
  return (
    <Card title='身份尚未核验' className='me-identity'>
      <Text className='me-note'>
        您的健康档案还没有核验是本人。核验前，家人的代管申请和谁看过您的信息会先替您保留，核验后才交给您，防止别人冒用您的身份证号。
      </Text>
      <View className='me-actions me-identity-actions'>
        <Button onClick={() => Taro.navigateTo({ url: pageUrl('familyIdentity', { back: pageUrl('me') }) })}>核验本人身份</Button>
      </View>
    </Card>
  );
}
