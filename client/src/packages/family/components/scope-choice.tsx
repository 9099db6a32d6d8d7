import { Text, View } from '@tarojs/components';
import { SCOPE_DETAILS, SCOPE_LABELS, type Scope } from '@shared/policy/scopes';
import './scope-choice.css';
import { checkedState, focusable } from '../../../lib/a11y';
import { INVALID_FIELD_CLASS } from '../../../lib/reveal-field';

export interface ScopeChoiceProps {
  /** The scopes to choose from, in order. */
  scopes: readonly Scope[];
  value: readonly Scope[];
  onChange: (value: Scope[]) => void;
  error?: string;
}

/**
 * Each power a family member may be given, as one wide checkbox row saying in plain words what it
 * lets them do; the state is written out (已选 / 未选), not shown by colour alone.
 */
export function ScopeChoice({ scopes, value, onChange, error }: ScopeChoiceProps) {
  const toggle = (s: Scope) => onChange(scopes.filter((x) => (x === s ? !value.includes(s) : value.includes(x))));
  return (
    <View className={`family-field family-field--scopes${error ? ` family-field--invalid ${INVALID_FIELD_CLASS}` : ''}`} ariaRole='group' ariaLabel='代办的事项'>
      {scopes.map((s) => {
        const on = value.includes(s);
        return (
          <View
            key={s}
            className={`family-scope${on ? ' family-scope--on' : ''}`}
            ariaRole='checkbox'
            ariaLabel={SCOPE_LABELS[s]}
            {...checkedState(on)}
            {...focusable}
            hoverClass='family-chip--pressed'
            onClick={() => toggle(s)}
          >
            <View className='family-scope__head'>
              <Text className='family-scope__label'>{SCOPE_LABELS[s]}</Text>
              <Text className='family-scope__state'>{on ? '✓ 已选' : '未选'}</Text>
            </View>
            <Text className='family-scope__detail'>{SCOPE_DETAILS[s]}</Text>
          </View>
        );
      })}
      {error ? <Text className='ui-field-error'>{error}</Text> : null}
    </View>
  );
}
