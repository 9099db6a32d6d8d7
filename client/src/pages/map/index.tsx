import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Card, Page } from '../../components';
import './index.css';

export default function MapPage() {
  return (
    <Page title='家庭医生地图' intro='找到为您家负责的家庭医生团队'>
      <Card title='一格一团队'>
        <Text className='map-intro__text'>
          每个小区、每个村都划在一个服务网格里，每个网格都有一个负责的家庭医生团队。
        </Text>
        <Text className='map-intro__text'>
          团队里有医生、护士和公共卫生人员，为您和家人提供签约、随访、预约和健康提醒。
        </Text>
      </Card>
      <View className='map-intro__action'>
        <Button variant='primary' onClick={() => Taro.switchTab({ url: '/pages/me/index' })}>
          查看我的账号
        </Button>
      </View>
    </Page>
  );
}
