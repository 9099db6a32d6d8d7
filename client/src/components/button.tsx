import { Button as TaroButton } from '@tarojs/components';
import type { PropsWithChildren } from 'react';

export interface ButtonProps {
  variant?: 'primary' | 'secondary';
  /** Shows a spinner and ignores taps until the work is done. */
  loading?: boolean;
  disabled?: boolean;
  onClick?: () => void;
}

export function Button({ variant = 'primary', loading = false, disabled = false, onClick, children }: PropsWithChildren<ButtonProps>) {
  const inactive = loading || disabled;
  return (
    <TaroButton
      className={`ui-button ui-button--${variant}${inactive ? ' ui-button--inactive' : ''}`}
      // Left out rather than false: in H5 a false value still renders as an attribute, and
      // [disabled] styling would grey out a button that works.
      loading={loading || undefined}
      disabled={inactive || undefined}
      hoverClass='ui-button--pressed'
      onClick={() => {
        if (!inactive) onClick?.();
      }}
    >
      {children}
    </TaroButton>
  );
}
