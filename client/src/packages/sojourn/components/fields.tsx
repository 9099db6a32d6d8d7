import { Input, Picker, Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { INVALID_FIELD_CLASS } from '../../../lib/reveal-field';
import { CharCounter } from '../../../components/char-counter';
import { inputName } from '../../../lib/a11y';

const wrap = (name: string, error?: string) =>
  `sj-field sj-field--${name.replace(/\./g, '-')}${error ? ` sj-field--invalid ${INVALID_FIELD_CLASS}` : ''}`;

interface FieldProps {
  /** Field path, as errors name it (`emergencyContact.phone`). */
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
}

/** A labelled input with its own error line; free text shows a counter against `limit`. */
export function Field({ name, label, value, onChange, error, hint, limit, placeholder, children }: PropsWithChildren<FieldProps & { limit?: number; placeholder?: string }>) {
  return (
    <View className={wrap(name, error)}>
      <Text className='sj-field__label'>{label}</Text>
      <Input className='sj-field__input' value={value} maxlength={-1} placeholder={placeholder} {...inputName(label, error)} onInput={(e) => onChange(e.detail.value)} />
      {limit !== undefined ? <CharCounter value={value} max={limit} /> : null}
      {hint && !error ? <Text className='sj-field__hint'>{hint}</Text> : null}
      {error ? <Text className='ui-field-error'>{error}</Text> : null}
      {children}
    </View>
  );
}

/** A day chosen with the system date picker (YYYY-MM-DD), from `start` on. */
export function DayField({ name, label, value, onChange, error, hint, start }: FieldProps & { start?: string }) {
  return (
    <View className={wrap(name, error)}>
      <Text className='sj-field__label'>{label}</Text>
      <Picker mode='date' value={value} start={start} onChange={(e) => onChange(String(e.detail.value))}>
        <View className='sj-field__picker' ariaRole='button' ariaLabel={`${label}：${value || '请选择日期'}`}>
          <Text>{value || '请选择日期'}</Text>
        </View>
      </Picker>
      {hint && !error ? <Text className='sj-field__hint'>{hint}</Text> : null}
      {error ? <Text className='ui-field-error'>{error}</Text> : null}
    </View>
  );
}

/** Large choice buttons, several at once; each says 已选 in words, not by colour alone. */
export function Checks<T extends string>({ name, label, options, value, onChange, error }: {
  name: string;
  label: string;
  options: readonly { value: T; label: string }[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  error?: string;
}) {
  return (
    <View className={wrap(name, error)} ariaRole='group' ariaLabel={label}>
      <Text className='sj-field__label'>{label}</Text>
      <View className='sj-chips'>
        {options.map((o) => {
          const on = value.includes(o.value);
          return (
            <View
              key={o.value}
              className={`sj-chip${on ? ' sj-chip--on' : ''}`}
              ariaRole='checkbox'
              ariaLabel={`${o.label}，${on ? '已选' : '未选'}`}
              // Screen readers hear the state (aria-checked) as well as the words; the typings lack it.
              {...({ 'aria-checked': on } as object)}
              onClick={() => onChange(on ? value.filter((x) => x !== o.value) : [...value, o.value])}
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
