import { Input, Text, View } from '@tarojs/components';
import { inputName } from '../../../lib/a11y';
import { INVALID_FIELD_CLASS } from '../../../lib/reveal-field';

export interface TextFieldProps {
  /** The input's path in the form (`windows.0.end`): its class, for pointing at it after a failed submit. */
  name: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string;
  placeholder?: string;
  /** The input's element id, where a page has one such field only. */
  id?: string;
}

/** A labelled one-line input of the appointment forms, with its error under it. */
export function TextField({ name, label, value, onInput, error, placeholder, id }: TextFieldProps) {
  return (
    <View className={`ap-field ap-field--${name.replace(/\./g, '-')}${error ? ` ${INVALID_FIELD_CLASS}` : ''}`}>
      <Text className='ap-label'>{label}</Text>
      <Input id={id} className='ap-input' value={value} placeholder={placeholder} onInput={(e) => onInput(e.detail.value)} {...inputName(label, error)} />
      {error ? <Text className='ui-field-error'>{error}</Text> : null}
    </View>
  );
}
