import { Text, View } from '@tarojs/components';
import { INVALID_FIELD_CLASS } from '../../../lib/reveal-field';
import { checkedState, focusable } from '../../../lib/a11y';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

export interface ChoiceChipsProps<T extends string> {
  name: string;
  label: string;
  options: readonly Choice<T>[];
  /** Chosen values; one at most unless `multiple`. */
  value: readonly T[];
  multiple?: boolean;
  onChange: (value: T[]) => void;
  error?: string;
}

/**
 * Large choice buttons in place of small checkboxes: each is a whole tap target and says 已选 in words,
 * not by colour alone.
 */
export function ChoiceChips<T extends string>({ name, label, options, value, multiple = false, onChange, error }: ChoiceChipsProps<T>) {
  const toggle = (v: T) => {
    if (!multiple) return onChange([v]);
    onChange(value.includes(v) ? value.filter((x) => x !== v) : [...value, v]);
  };
  return (
    <View className={`family-field family-field--${name}${error ? ` family-field--invalid ${INVALID_FIELD_CLASS}` : ''}`}>
      <Text className='family-field__label'>{label}</Text>
      <View className='family-chips' ariaRole={multiple ? 'group' : 'radiogroup'} ariaLabel={label}>
        {options.map((o) => {
          const on = value.includes(o.value);
          return (
            <View
              key={o.value}
              className={`family-chip${on ? ' family-chip--on' : ''}`}
              ariaRole={multiple ? 'checkbox' : 'radio'}
              ariaLabel={o.label}
              {...checkedState(on)}
              {...focusable}
              hoverClass='family-chip--pressed'
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
