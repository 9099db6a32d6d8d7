import { Input, Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { INVALID_FIELD_CLASS } from '../../../lib/reveal-field';
import { inputName } from '../../../lib/a11y';

/** The class of a field's box: its path (`diet.0.text` as `rm-field--diet-0-text`) and, when invalid, the marks a failed submit looks for. */
export const fieldClass = (name: string, error?: string) =>
  `rm-field rm-field--${name.replace(/\./g, '-')}${error ? ` rm-field--invalid ${INVALID_FIELD_CLASS}` : ''}`;

export interface TextInputProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  placeholder?: string;
  type?: 'text' | 'digit';
  maxlength?: number;
  hint?: string;
}

/** A labelled input with its own error line under it. */
export function TextInput({ name, label, value, onChange, error, placeholder, type = 'text', maxlength = 100, hint, children }: PropsWithChildren<TextInputProps>) {
  return (
    <View className={fieldClass(name, error)}>
      <Text className='rm-field__label'>{label}</Text>
      <Input
        className='rm-field__input'
        value={value}
        type={type}
        maxlength={maxlength}
        placeholder={placeholder}
        {...inputName(label, error)}
        onInput={(e) => onChange(e.detail.value)}
      />
      {hint && !error ? <Text className='rm-field__hint'>{hint}</Text> : null}
      {error ? <Text className='ui-field-error'>{error}</Text> : null}
      {children}
    </View>
  );
}

export interface ChipsProps<T extends string | number> {
  name: string;
  label: string;
  options: readonly { value: T; label: string }[];
  value: readonly T[];
  multiple?: boolean;
  onChange: (value: T[]) => void;
  error?: string;
}

/** Large choice buttons: each a whole tap target that says 已选 in words, not by colour alone. */
export function Chips<T extends string | number>({ name, label, options, value, multiple = false, onChange, error }: ChipsProps<T>) {
  const toggle = (v: T) => (multiple ? onChange(value.includes(v) ? value.filter((x) => x !== v) : [...value, v]) : onChange([v]));
  return (
    <View className={fieldClass(name, error)} ariaRole={multiple ? 'group' : 'radiogroup'} ariaLabel={label}>
      <Text className='rm-field__label'>{label}</Text>
      <View className='rm-chips'>
        {options.map((o) => {
          const on = value.includes(o.value);
          return (
            <View
              key={String(o.value)}
              className={`rm-chip${on ? ' rm-chip--on' : ''}`}
              ariaRole={multiple ? 'checkbox' : 'radio'}
              // Screen readers hear the state (aria-checked) as well as the words; the typings lack it.
              {...({ 'aria-checked': on } as object)}
              ariaLabel={`${o.label}，${on ? '已选' : '未选'}`}
              hoverClass='rm-chip--pressed'
              onClick={() => toggle(o.value)}
            >
              <Text>{on ? `✓ ${o.label}` : o.label}</Text>
            </View>
          );
        })}
      </View>
      {error ? <Text className='ui-field-error'>{error}</Text> : null}
    </View>
  );
}
