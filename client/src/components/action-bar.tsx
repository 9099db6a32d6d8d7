import { Text, View } from '@tarojs/components';
import type { PropsWithChildren, ReactNode } from 'react';
import './action-bar.css';

export interface ActionBarProps {
  /** One line above the action that it depends on, e.g. 每年个人自付 0元起. */
  summary?: ReactNode;
  /** Names the bar for screen readers (e.g. 签约操作). */
  label: string;
}

/**
 * The main action of a long page, kept in reach: it stays at the bottom of the screen while the page
 * scrolls (and rests at the end of the page once it gets there), with what the action costs or means
 * right above it. Put it last on the page.
 */
export function ActionBar({ summary, label, children }: PropsWithChildren<ActionBarProps>) {
  return (
    <View className='ui-action-bar' ariaRole='region' ariaLabel={label}>
      {summary ? <Text className='ui-action-bar__summary'>{summary}</Text> : null}
      <View className='ui-action-bar__actions'>{children}</View>
    </View>
  );
}
