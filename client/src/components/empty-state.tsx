import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';

export interface EmptyStateProps {
  title: string;
  description?: string;
}

/** Shown where a list has nothing yet; children may offer the next step. */
export function EmptyState({ title, description, children }: PropsWithChildren<EmptyStateProps>) {
  return (
    <View className='ui-empty'>
      <Text className='ui-empty__title'>{title}</Text>
      {description ? <Text className='ui-empty__description'>{description}</Text> : null}
      {children ? <View className='ui-empty__action'>{children}</View> : null}
    </View>
  );
}
