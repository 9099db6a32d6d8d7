import { Text, View } from '@tarojs/components';
import { Button, Card, ErrorNotice, Loading, Page } from '../../components';
import { GridResult } from './grid-result';
import { openLocationSettings } from './location';
import { NearestTeams } from './nearest-teams';
import { SearchBox } from './search-box';
import { SearchResults } from './search-results';
import { useGridFinder } from './use-grid-finder';
import './index.css';
import { focusable, roleOf } from '../../lib/a11y';

function LocationNote({ reason }: { reason: 'denied' | 'unavailable' }) {
  return (
    <View className='map-location-note' ariaRole='status'>
      <Text className='map-note'>
        {reason === 'denied'
          ? '没有获得您的位置。不用担心，在下面输入您住的小区、村或街道名称，一样能找到负责的家庭医生团队。'
          : '暂时没能确定您的位置（可能是信号不好）。请在下面输入小区、村或街道名称查找，或稍后再试。'}
      </Text>
      {reason === 'denied' && process.env.TARO_ENV === 'weapp' ? (
        <Text className='ui-link' {...roleOf('link')} {...focusable} onClick={openLocationSettings}>
          去设置里开启位置权限
        </Text>
      ) : null}
    </View>
  );
}

function About() {
  return (
    <Card title='一格一团队'>
      <Text className='map-note'>每个小区、每个村都划在一个服务网格里，每个网格都有一个负责的家庭医生团队。</Text>
      <Text className='map-note'>团队里有医生、护士和公共卫生人员，为您和家人提供签约、随访、预约和健康提醒；山区的村子还有定期来的流动服务点。</Text>
    </Card>
  );
}

/** The map tab: which grid you live in and which family-doctor team is responsible, in one step. */
export default function MapPage() {
  const { state, locateMe, search, clearSearch, choose, selectGrid } = useGridFinder();
  const { busy, result, origin, view, results, searchedFor, locationProblem, error } = state;
  const queryProblem = error?.field === 'q' ? error.message : null;

  return (
    <Page title='家庭医生地图' intro='您家属于哪个网格，由哪个家庭医生团队负责'>
      <Card className='map-finder'>
        <Button variant='primary' loading={busy === 'locating'} onClick={locateMe}>
          {busy === 'locating' ? '正在确定您的位置…' : '用我的位置查找'}
        </Button>
        {locationProblem ? <LocationNote reason={locationProblem} /> : null}
        <Text className='map-finder__or'>或者</Text>
        <SearchBox searching={busy === 'searching'} problem={queryProblem} onSearch={search} onClear={clearSearch} />
      </Card>
      <ErrorNotice error={error && error.field !== 'q' ? error : null} />
      {results ? <SearchResults query={searchedFor} results={results} onChoose={choose} /> : null}
      {busy === 'loading' ? <Loading text='正在查找负责的家庭医生团队…' /> : null}
      {result && !results && busy !== 'loading' ? (
        result.inCoverage ? (
          <GridResult result={result} origin={origin ?? 'search'} view={view} onSelectGrid={(g) => selectGrid(g.center)} />
        ) : (
          <NearestTeams result={result} />
        )
      ) : null}
      {!result && !results && busy === null ? <About /> : null}
    </Page>
  );
}
