import { Text, Textarea, View } from '@tarojs/components';
import { INVALID_FIELD_CLASS } from '../../../lib/reveal-field';
import { CharCounter } from '../../../components/char-counter';
import { inputName } from '../../../lib/a11y';

/** The longest reason the contract schema takes. */
const REASON_LIMIT = 200;

export interface ReasonFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  error?: string | null;
}

/** A labelled box for a reason (换签原因, 解约原因, 不通过的理由), with its error under it. */
export function ReasonField({ label, value, onChange, placeholder, error }: ReasonFieldProps) {
  return (
    <View className={`sign-field${error ? ` sign-field--invalid ${INVALID_FIELD_CLASS}` : ''}`}>
      <Text className='sign-field__label'>{label}</Text>
      <Textarea className='sign-field__input' {...inputName(label, error)} value={value} maxlength={-1} placeholder={placeholder} autoHeight onInput={(e) => onChange(e.detail.value)} />
      <CharCounter value={value} max={REASON_LIMIT} />
      {error ? <Text className='ui-field-error'>{error}</Text> : null}
    </View>
  );
}
