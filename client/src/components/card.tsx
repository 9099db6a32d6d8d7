import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';

export interface CardProps {
  title?: string;
  className?: string;
}

export function Card({ title, className, children }: PropsWithChildren<CardProps>) {
  return (
    <View className={className ? `ui-card ${className}` : 'ui-card'}>
      {title ? <Text className='ui-card__title'>{title}</Text> : null}
      {children}
    </View>
  );
}

export interface InfoRowProps {
  label: string;
  value: string;
}

/** A label and its value, e.g. 身份 · 居民. */
export function InfoRow({ label, value }: InfoRowProps) {
  return (
    <View className='ui-row'>
      <Text className='ui-row__label'>{label}</Text>
      <Text className='ui-row__value'>{value}</Text>
    </View>
  );
}
