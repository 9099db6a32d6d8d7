import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { LocateResult, MapGrid, MapView } from '@shared/api/grid';
import { ActionBar, Button, Card, PhoneButton } from '../../components';
import { Fact } from '../../components/map/fact';
import { GridMap } from '../../components/map/grid-map';
import { KIND_TEXT } from '../../components/map/grid-map-props';
import { distanceText } from '../../lib/distance';
import type { Origin } from './use-grid-finder';
import { sojournRoute, teamCardRoute } from './routes';

export interface GridResultProps {
  result: Extract<LocateResult, { inCoverage: true }>;
  origin: Origin;
  view: MapView | null;
  onSelectGrid: (grid: MapGrid) => void;
}

/** The grid, the team responsible for it and how to reach the team: the answer of the map tab. */
export function GridResult({ result, origin, view, onSelectGrid }: GridResultProps) {
  const { grid, team, servicePoints } = result;
  const fromMe = origin === 'location';
  const openTeam = () => Taro.navigateTo({ url: teamCardRoute(team.id) });
  return (
    <>
      <Card className='map-grid'>
        <Text className='map-grid__kicker'>{fromMe ? '您所在的网格' : '您选择的网格'}</Text>
        <Text className='map-grid__name'>{grid.name}</Text>
        <Text className='map-grid__region'>{grid.regionText}</Text>
        {view ? <GridMap grids={view.grids} points={view.points} highlightGridId={grid.id} me={fromMe ? result.point : null} onSelectGrid={onSelectGrid} /> : null}
      </Card>
      <Card className='map-team'>
        <Text className='map-grid__kicker'>负责的家庭医生团队</Text>
        <Text className='map-team__name'>{team.name}</Text>
        <Text className='map-team__institution'>{team.institution}</Text>
        {team.sojourn ? <Text className='map-badge'>旅居服务团队 · 外地来的老人也可以签约</Text> : null}
        <Fact label='服务时间' value={team.serviceHours} />
        <Fact label='团队电话' value={team.phone} />
        <View className='map-team__actions'>
          <Button variant='secondary' onClick={openTeam}>
            查看团队成员和服务点
          </Button>
          {team.sojourn ? (
            <>
              <View className='map-team__gap' />
              <Button variant='secondary' onClick={() => Taro.navigateTo({ url: sojournRoute(team.id, team.name) })}>
                来这里旅居：登记旅居
              </Button>
            </>
          ) : null}
        </View>
      </Card>
      <Card title={fromMe ? '服务点（离您由近到远）' : '服务点（离网格中心由近到远）'}>
        {servicePoints.map((p) => (
          <View key={p.id} className='map-point'>
            <View className='map-point__head'>
              <Text className='map-point__name'>{p.name}</Text>
              <Text className={`map-point__kind map-point__kind--${p.kind}`}>{KIND_TEXT[p.kind]}</Text>
            </View>
            <Text className='map-point__line'>{p.address}</Text>
            <Text className='map-point__line'>{p.kind === 'mobile' ? `巡诊时间：${p.hours}` : `开放时间：${p.hours}`}</Text>
            <Text className='map-point__distance'>{`${fromMe ? '距您' : '距网格中心'}约 ${distanceText(p.distanceM)}`}</Text>
          </View>
        ))}
      </Card>
      <ActionBar label='联系负责的团队' summary={`服务时间 ${team.serviceHours}`}>
        <PhoneButton phone={team.phone} />
      </ActionBar>
    </>
  );
}
