import { Text, View } from '@tarojs/components';

export interface LoadingProps {
  text?: string;
}

export function Loading({ text = '正在加载…' }: LoadingProps) {
  return (
    <View className='ui-loading' ariaRole='status'>
      <View className='ui-loading__spinner' />
      <Text className='ui-loading__text'>{text}</Text>
    </View>
  );
}
