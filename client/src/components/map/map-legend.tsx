import { Text, View } from '@tarojs/components';
import { KIND_TEXT } from './grid-map-props';

/** What the map's colours and marks mean; `showMe` adds the "you are here" dot. */
export function MapLegend({ mine, showMe }: { mine: boolean; showMe: boolean }) {
  return (
    <View className='grid-map__legend'>
      <View className='grid-map__key'>
        <View className='grid-map__swatch grid-map__swatch--mine' />
        <Text>{mine ? '您所在的网格' : '所选网格'}</Text>
      </View>
      <View className='grid-map__key'>
        <View className='grid-map__swatch grid-map__swatch--fixed' />
        <Text>{KIND_TEXT.fixed}</Text>
      </View>
      <View className='grid-map__key'>
        <View className='grid-map__swatch grid-map__swatch--mobile' />
        <Text>{KIND_TEXT.mobile}</Text>
      </View>
      {showMe ? (
        <View className='grid-map__key'>
          <View className='grid-map__swatch grid-map__swatch--me' />
          <Text>您的位置</Text>
        </View>
      ) : null}
    </View>
  );
}
