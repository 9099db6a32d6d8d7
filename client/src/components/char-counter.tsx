import { Text } from '@tarojs/components';
import { charCount } from '@shared/api/plain-text';

/**
 * How many characters are typed out of how many a field takes (23/100). The field never cuts text
 * off silently: past the limit the counter turns red and says how much to remove.
 */
export function CharCounter({ value, max }: { value: string; max: number }) {
  const n = charCount(value);
  const over = n - max;
  return (
    <Text className={`ui-counter${over > 0 ? ' ui-counter--over' : ''}`}>
      {over > 0 ? `${n}/${max}，超出${over}个字，请删减` : `${n}/${max}`}
    </Text>
  );
}
