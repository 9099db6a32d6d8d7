import { Text, View } from '@tarojs/components';
import type { PropsWithChildren, ReactNode } from 'react';
import { useElderMode } from './elder-mode';
import { PrivacyPopup } from './privacy-popup';

export interface PageProps {
  title?: string;
  /** One calm line under the title. */
  intro?: ReactNode;
}

/**
 * The frame of every screen. It carries the elder-mode class, so every component inside grows with it,
 * and the privacy prompt, so whichever page calls a privacy API can ask for consent.
 */
export function Page({ title, intro, children }: PropsWithChildren<PageProps>) {
  const { elder } = useElderMode();
  return (
    <View className={elder ? 'ui-page ui-page--elder' : 'ui-page'}>
      {title ? (
        <View className='ui-page__header'>
          <Text className='ui-page__title'>{title}</Text>
          {intro ? <Text className='ui-page__intro'>{intro}</Text> : null}
        </View>
      ) : null}
      <View className='ui-page__body'>{children}</View>
      <PrivacyPopup />
    </View>
  );
}
