import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { pageUrl } from '@shared/pages/page-paths';
import { Button, Card } from '../../components';

/** Entry to the readings of the person the app acts for and, for staff, to the team's follow-up list. */
export function HealthCard({ staff }: { staff: boolean }) {
  return (
    <Card title='血压血糖'>
      <Text className='me-note'>在家量了血压、血糖记一下，看变化；读数危急时家庭医生和家人会马上知道</Text>
      <View className='me-actions me-health-actions'>
        <Button variant='secondary' onClick={() => Taro.navigateTo({ url: pageUrl('healthHome') })}>
          血压血糖记录
        </Button>
        {staff ? (
          <Button variant='secondary' onClick={() => Taro.navigateTo({ url: pageUrl('healthTriage') })}>
            需要随访的居民
          </Button>
        ) : null}
      </View>
    </Card>
  );
}
