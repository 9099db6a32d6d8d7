import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Guardianship } from '@shared/api/guardianship';
import { Button } from '../../../components';
import { scopesText } from '../lib/labels';
import { FAMILY_ROUTES } from '../lib/routes';

/** A request waiting for the resident: what is asked, and the way to the page that answers it with care. */
export function RequestAnswer({ g }: { g: Guardianship }) {
  return (
    <View className='family-answer'>
      <Text className='family-note'>{`${g.guardianName}申请代您：${scopesText(g.requestedScopes)}。等您答复。`}</Text>
      <Button onClick={() => Taro.navigateTo({ url: FAMILY_ROUTES.consent(g.id, FAMILY_ROUTES.home()) })}>查看申请并答复</Button>
    </View>
  );
}
