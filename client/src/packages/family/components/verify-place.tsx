import { Text, View } from '@tarojs/components';
import type { ActionOutput } from '@shared/api';
import { PhoneButton } from '../../../components';

type Place = ActionOutput<'resident.listMine'>['verifyAt'][number];

/** Where to take a relative to have their consent checked in person: the team's station, address and hours. */
export function VerifyPlace({ name, place }: { name: string; place: Place | undefined }) {
  return (
    <View className='family-verify'>
      <Text className='family-verify__title'>{`请陪${name}去服务站当面确认`}</Text>
      {place?.station ? (
        <>
          <Text className='family-verify__line family-verify__line--strong'>{place.station.name}</Text>
          <Text className='family-verify__line'>{`地址：${place.station.address}`}</Text>
          <Text className='family-verify__line'>{`开放时间：${place.station.hours}`}</Text>
        </>
      ) : (
        <Text className='family-verify__line'>请到对方所在社区的家庭医生服务站。</Text>
      )}
      <Text className='family-verify__line'>{`带上${name}和您的身份证；${place ? `${place.teamName}的` : ''}医生会当面问${name}是否同意，核实后您就可以代办。`}</Text>
      {place ? <PhoneButton phone={place.teamPhone} variant='secondary' /> : null}
    </View>
  );
}
