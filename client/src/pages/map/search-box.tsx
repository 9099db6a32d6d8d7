import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Button } from '../../components';
import { inputName } from '../../lib/a11y';

export interface SearchBoxProps {
  searching: boolean;
  /** A message about the query itself, shown under the box. */
  problem?: string | null;
  onSearch: (q: string) => void;
  /** The box was emptied or searched blank: earlier results no longer answer anything. */
  onClear: () => void;
}

const EMPTY_MESSAGE = '请输入要查找的小区、村或街道名称';

/** The way in without location: the name of a 小区, 村, 街道 or 区县. */
export function SearchBox({ searching, problem, onSearch, onClear }: SearchBoxProps) {
  const [q, setQ] = useState('');
  const [empty, setEmpty] = useState(false);
  const submit = () => {
    if (!q.trim()) {
      setEmpty(true);
      onClear();
      return;
    }
    setEmpty(false);
    onSearch(q);
  };
  const message = empty ? EMPTY_MESSAGE : problem;
  return (
    <View className='map-search'>
      <Text className='map-search__label'>输入小区、村、街道或区县名称查找</Text>
      <View className='map-search__row'>
        <Input
          className='map-search__input'
          value={q}
          type='text'
          confirmType='search'
          maxlength={30}
          // Short enough for a 320px phone in elder mode; the label above says the rest.
          placeholder='如：呈贡'
          {...inputName('小区、村、街道或区县名称', message)}
          onInput={(e) => {
            setQ(e.detail.value);
            if (!e.detail.value.trim()) onClear();
          }}
          onConfirm={submit}
        />
        <View className='map-search__go'>
          <Button variant='primary' loading={searching} onClick={submit}>
            查找
          </Button>
        </View>
      </View>
      {message ? <Text className='ui-field-error'>{message}</Text> : null}
    </View>
  );
}
