import { Text, View } from '@tarojs/components';
import type { SearchResult } from '@shared/api/grid';
import { Card, EmptyState } from '../../components';
import { searchResultText } from '../../lib/search-result-text';

export interface SearchResultsProps {
  query: string;
  results: SearchResult[];
  onChoose: (r: SearchResult) => void;
}

/** What the name search found, best match first; choosing one shows its grid and team. */
export function SearchResults({ query, results, onChoose }: SearchResultsProps) {
  if (results.length === 0) {
    return (
      <Card>
        <EmptyState title={`没有找到“${query}”`} description='请换一个名称试试，比如社区、村或街道的名字，也可以少输几个字。' />
      </Card>
    );
  }
  return (
    <Card title={`找到 ${results.length} 个网格，请选择您住的地方`}>
      {results.map((r) => {
        const { title, detail } = searchResultText(r);
        return (
          <View
            key={r.grid.id}
            className='map-result'
            hoverClass='map-result--pressed'
            ariaRole='button'
            ariaLabel={`${title}，${detail}，${r.teamName}`}
            onClick={() => onChoose(r)}
          >
            <View className='map-result__text'>
              <Text className='map-result__name'>{title}</Text>
              <Text className='map-result__detail'>{detail}</Text>
              <Text className='map-result__team'>{`负责团队：${r.teamName}`}</Text>
            </View>
            <Text className='map-result__arrow'>›</Text>
          </View>
        );
      })}
    </Card>
  );
}
