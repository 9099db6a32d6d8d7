import { Button as TaroButton, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';

export interface ButtonProps {
  variant?: 'primary' | 'secondary';
  /** Shows a spinner and ignores taps until the work is done. */
  loading?: boolean;
  disabled?: boolean;
  onClick?: () => void;
}

/**
 * The one button. The spinner is our own element rather than the H5 button's `loading` attribute:
 * that web component inserts its spinner in front of its slot by itself, and when React changes the
 * caption in the same render (正在确定您的位置… → 用我的位置查找) the insert fails with
 * `NotFoundError: Failed to execute 'insertBefore'`. Keeping every child under React avoids it, and
 * the spinner is sized by the tokens so a short caption never wraps while loading.
 */
export function Button({ variant = 'primary', loading = false, disabled = false, onClick, children }: PropsWithChildren<ButtonProps>) {
  const inactive = loading || disabled;
  return (
    <TaroButton
      className={`ui-button ui-button--${variant}${inactive ? ' ui-button--inactive' : ''}`}
      // Left out rather than false: in H5 a false value still renders as an attribute, and
      // [disabled] styling would grey out a button that works.
      disabled={inactive || undefined}
      aria-busy={loading || undefined}
      hoverClass='ui-button--pressed'
      onClick={() => {
        if (!inactive) onClick?.();
      }}
    >
      {loading ? <View className='ui-button__spinner' aria-hidden /> : null}
      {children}
    </TaroButton>
  );
}
