import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { pageUrl } from '@shared/pages/page-paths';
import { Button, Card } from '../../components';

/**
 * Shown while the user's own record is not yet verified as hers (`unverified`, from the tab's inbox):
 * what waits until then, and the way to verify. Nothing when she has no record, or it is verified.
 */
export function IdentityCard({ unverified }: { unverified: boolean }) {
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
