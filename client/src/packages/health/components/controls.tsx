import { Input, Text, View } from '@tarojs/components';
import { checkedState, inputName } from '../../../lib/a11y';
import { INVALID_FIELD_CLASS } from '../../../lib/reveal-field';
import { CharCounter } from '../../../components/char-counter';

const fieldClass = (name: string, error?: string) =>
  `hl-field hl-field--${name}${error ? ` hl-field--invalid ${INVALID_FIELD_CLASS}` : ''}`;

export interface NumberFieldProps {
  name: string;
  label: string;
  unit: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  decimal?: boolean;
}

/** A labelled number with its unit beside it and its own error line, said in words. */
export function NumberField({ name, label, unit, value, onChange, error, decimal = false }: NumberFieldProps) {
  return (
    <View className={fieldClass(name, error)}>
      <Text className='hl-field__label'>{label}</Text>
      <View className='hl-field__line'>
        <Input
          className='hl-field__input'
          type={decimal ? 'digit' : 'number'}
          value={value}
          maxlength={5}
          {...inputName(`${label}，单位${unit}`, error)}
          onInput={(e) => onChange(e.detail.value)}
        />
        <Text className='hl-field__unit'>{unit}</Text>
      </View>
      {error ? <Text className='ui-field-error'>有误：{error}</Text> : null}
    </View>
  );
}

export interface TextAreaFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  max: number;
}

/** A short free text with a counter; it never cuts what was typed, the counter turns red instead. */
export function NoteField({ name, label, value, onChange, error, max }: TextAreaFieldProps) {
  return (
    <View className={fieldClass(name, error)}>
      <Text className='hl-field__label'>{label}</Text>
      <Input className='hl-field__input hl-field__input--wide' value={value} {...inputName(label, error)} onInput={(e) => onChange(e.detail.value)} />
      <CharCounter value={value} max={max} />
      {error ? <Text className='ui-field-error'>有误：{error}</Text> : null}
    </View>
  );
}

export interface ChoiceRowProps<T extends string | number> {
  name: string;
  label: string;
  options: readonly { value: T; label: string }[];
  value: T | null;
  onChange: (value: T) => void;
  error?: string;
}

/** One choice out of a few, as large radio buttons that say 已选 in words and to screen readers. */
export function ChoiceRow<T extends string | number>({ name, label, options, value, onChange, error }: ChoiceRowProps<T>) {
  return (
    <View className={fieldClass(name, error)} ariaRole='radiogroup' ariaLabel={label}>
      <Text className='hl-field__label'>{label}</Text>
      <View className='hl-choices'>
        {options.map((o) => {
          const on = o.value === value;
          return (
            <View
              key={String(o.value)}
              className={`hl-choice${on ? ' hl-choice--on' : ''}`}
              ariaRole='radio'
              ariaLabel={`${o.label}${on ? '，已选' : ''}`}
              {...checkedState(on)}
              hoverClass='hl-choice--pressed'
              onClick={() => onChange(o.value)}
            >
              <Text>{on ? `✓ ${o.label}` : o.label}</Text>
            </View>
          );
        })}
      </View>
      {error ? <Text className='ui-field-error'>有误：{error}</Text> : null}
    </View>
  );
}
