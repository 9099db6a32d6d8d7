import { Text, View } from '@tarojs/components';

export interface Choice<T extends string | number> {
  value: T;
  label: string;
}

/** Tappable chips for one or many choices, announced as checkboxes or radios with aria-checked. */
export function ChoiceChips<T extends string | number>(props: {
  name: string;
  choices: readonly Choice<T>[];
  selected: readonly T[];
  multiple?: boolean;
  onChange: (next: T[]) => void;
}) {
  const { name, choices, selected, multiple = false, onChange } = props;
  const toggle = (v: T) => {
    if (!multiple) return onChange([v]);
    onChange(selected.includes(v) ? selected.filter((x) => x !== v) : [...selected, v]);
  };
  return (
    <View className='ap-chips' id={`field-${name}`} role={multiple ? 'group' : 'radiogroup'}>
      {choices.map((c) => {
        const on = selected.includes(c.value);
        return (
          <View
            key={String(c.value)}
            className={`ap-chip${on ? ' ap-chip--on' : ''}`}
            role={multiple ? 'checkbox' : 'radio'}
            aria-checked={on}
            onClick={() => toggle(c.value)}
          >
            <Text>{c.label}</Text>
          </View>
        );
      })}
    </View>
  );
}
