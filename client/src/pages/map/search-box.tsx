import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Button } from '../../components';
import { inputName } from '../../lib/a11y';

export interface SearchBoxProps {
  searching: boolean;
  /** A message about the query itself, shown under the box. */
  problem?: string | null;
  onSearch: (q: string) => void;
}

const EMPTY_MESSAGE = '请输入要查找的小区、村或街道名称';

/** The way in without location: 输入小区、村或街道名称. */
export function SearchBox({ searching, problem, onSearch }: SearchBoxProps) {
  const [q, setQ] = useState('');
  const [empty, setEmpty] = useState(false);
  const submit = () => {
    if (!q.trim()) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    onSearch(q);
  };
  const message = empty ? EMPTY_MESSAGE : problem;
  return (
    <View className='map-search'>
      <Text className='map-search__label'>输入小区、村或街道名称查找</Text>
      <View className='map-search__row'>
        <Input
          className='map-search__input'
          value={q}
          type='text'
          confirmType='search'
          maxlength={30}
          placeholder='输入小区、村或街道名称'
          {...inputName('小区、村或街道名称', message)}
          onInput={(e) => setQ(e.detail.value)}
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
