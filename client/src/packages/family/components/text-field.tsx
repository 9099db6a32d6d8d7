import { Input, Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { INVALID_FIELD_CLASS } from '../../../lib/reveal-field';
import { CharCounter } from '../../../components/char-counter';
import { inputName } from '../../../lib/a11y';

export interface TextFieldProps {
  /** Field path, as errors name it; also the wrapper's class suffix. */
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  placeholder?: string;
  type?: 'text' | 'idcard' | 'number';
  /** For formats of a fixed length (phone, ID number): typing stops there. */
  maxlength?: number;
  /** For free text: a counter shows how much is typed, and text past the limit is kept and flagged, never cut. */
  limit?: number;
  hint?: string;
}

/** A labelled input with its own error line under it. */
export function TextField({ name, label, value, onChange, error, placeholder, type = 'text', maxlength, limit, hint, children }: PropsWithChildren<TextFieldProps>) {
  return (
    <View className={`family-field family-field--${name.replace(/\./g, '-')}${error ? ` family-field--invalid ${INVALID_FIELD_CLASS}` : ''}`}>
      <Text className='family-field__label'>{label}</Text>
      <Input
        className='family-field__input'
        {...inputName(label, error)}
        value={value}
        type={type}
        maxlength={limit !== undefined ? -1 : maxlength ?? 100}
        placeholder={placeholder}
        onInput={(e) => onChange(e.detail.value)}
      />
      {limit !== undefined ? <CharCounter value={value} max={limit} /> : null}
      {hint && !error ? <Text className='family-field__hint'>{hint}</Text> : null}
      {error ? <Text className='ui-field-error'>{error}</Text> : null}
      {children}
    </View>
  );
}
