import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { SearchResult } from '@shared/api/grid';
import { call, toApiError } from '../../../api';
import { INVALID_FIELD_CLASS } from '../../../lib/reveal-field';
import { focusable, inputName } from '../../../lib/a11y';
import { searchResultText } from '../../../lib/search-result-text';

export interface GridChoice {
  id: string;
  label: string;
}

export interface GridPickerProps {
  value: GridChoice | null;
  onChange: (grid: GridChoice | null) => void;
  error?: string;
}

/** Finds the community grid by the name of a 小区, 村 or 社区, so that the right team is responsible. */
export function GridPicker({ value, onChange, error }: GridPickerProps) {
  const [q, setQ] = useState('');
  const [results, setResults] = useState<SearchResult[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const search = () => {
    setProblem(null);
    call('grid.search', { q })
      .then((r) => setResults(r.results))
      .catch((err: unknown) => setProblem(toApiError(err).message));
  };

  return (
    <View className={`family-field family-field--gridId${error ? ` family-field--invalid ${INVALID_FIELD_CLASS}` : ''}`}>
      <Text className='family-field__label'>所在社区网格</Text>
      {value ? (
        <View className='family-grid__chosen'>
          <Text className='family-grid__name'>{value.label}</Text>
          <View className='family-link-button' ariaRole='button' {...focusable} hoverClass='family-chip--pressed' onClick={() => onChange(null)}>
            <Text>重新选择</Text>
          </View>
        </View>
      ) : (
        <>
          <View className='family-grid__search'>
            <Input className='family-field__input' {...inputName('所在社区网格：输入小区、村或社区名称', error)} value={q} placeholder='输入小区、村或社区名称' onInput={(e) => setQ(e.detail.value)} onConfirm={search} />
            <View className='family-link-button family-grid__go' ariaRole='button' {...focusable} hoverClass='family-chip--pressed' onClick={search}>
              <Text>查找</Text>
            </View>
          </View>
          {problem ? <Text className='ui-field-error'>{problem}</Text> : null}
          {results?.length === 0 ? <Text className='family-field__hint'>没有找到，请换个名称试试</Text> : null}
          {results?.map((r) => {
            const { title, detail } = searchResultText(r);
            return (
              <View
                key={r.grid.id}
                className='family-grid__result'
                ariaRole='button'
                ariaLabel={`选择 ${title}，${detail}，${r.teamName}`}
                {...focusable}
                hoverClass='family-chip--pressed'
                onClick={() => onChange({ id: r.grid.id, label: title === r.grid.name ? `${title}（${r.teamName}）` : `${title} · ${r.grid.name}（${r.teamName}）` })}
              >
                <Text className='family-grid__name'>{title}</Text>
                <Text className='family-field__hint'>{`${detail} · ${r.teamName}`}</Text>
              </View>
            );
          })}
        </>
      )}
      {error ? <Text className='ui-field-error'>{error}</Text> : null}
    </View>
  );
}
