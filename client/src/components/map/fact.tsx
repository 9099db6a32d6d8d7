import { Text, View } from '@tarojs/components';
import './fact.css';

export interface FactProps {
  label: string;
  value: string;
}

/** A label over its value, for values too long to sit beside their label (opening hours, regions). */
export function Fact({ label, value }: FactProps) {
  return (
    <View className='map-fact'>
      <Text className='map-fact__label'>{label}</Text>
      <Text className='map-fact__value'>{value}</Text>
    </View>
  );
}
