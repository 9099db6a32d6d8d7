import { Text, View } from '@tarojs/components';
import { checkedState, disabledState, focusable } from '../lib/a11y';

export interface ToggleRowProps {
  label: string;
  description?: string;
  checked: boolean;
  /** While true the row shows it is saving and ignores taps. */
  busy?: boolean;
  onChange: (next: boolean) => void;
}

/**
 * An on/off setting as one wide row: the whole row is the tap target, and the state is also written
 * out (已开启 / 已关闭), not shown by colour alone.
 */
export function ToggleRow({ label, description, checked, busy = false, onChange }: ToggleRowProps) {
  return (
    <View
      className={`ui-toggle${checked ? ' ui-toggle--on' : ''}${busy ? ' ui-toggle--busy' : ''}`}
      ariaRole='switch'
      ariaLabel={label}
      {...checkedState(checked)}
      {...disabledState(busy)}
      {...focusable}
      hoverClass='ui-toggle--pressed'
      onClick={() => {
        if (!busy) onChange(!checked);
      }}
    >
      <View className='ui-toggle__text'>
        <Text className='ui-toggle__label'>{label}</Text>
        {description ? <Text className='ui-toggle__description'>{description}</Text> : null}
      </View>
      <View className='ui-toggle__control'>
        <Text className='ui-toggle__state'>{busy ? '保存中' : checked ? '已开启' : '已关闭'}</Text>
        <View className='ui-toggle__track'>
          <View className='ui-toggle__knob' />
        </View>
      </View>
    </View>
  );
}
