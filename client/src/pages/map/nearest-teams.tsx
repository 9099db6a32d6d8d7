import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { LocateResult } from '@shared/api/grid';
import { Button, Card } from '../../components';
import { distanceText } from '../../lib/distance';
import { callPhone } from '../../lib/phone';
import { teamCardRoute } from './routes';

export interface NearestTeamsProps {
  result: Extract<LocateResult, { inCoverage: false }>;
}

/** Outside every grid: says so plainly and offers the nearest teams. */
export function NearestTeams({ result }: NearestTeamsProps) {
  return (
    <>
      <Card title='您所在的位置还没有划入服务网格'>
        <Text className='map-note'>{result.message}</Text>
      </Card>
      {result.nearestTeams.map(({ team, distanceM, nearestPoint }) => (
        <Card key={team.id} className='map-team'>
          <Text className='map-team__name'>{team.name}</Text>
          <Text className='map-team__institution'>{team.institution}</Text>
          {team.sojourn ? <Text className='map-badge'>旅居服务团队</Text> : null}
          <Text className='map-point__distance'>{`最近的服务点：${nearestPoint.name}，约 ${distanceText(distanceM)}`}</Text>
          <View className='map-team__actions'>
            <Button variant='primary' onClick={() => callPhone(team.phone)}>
              {`拨打电话 ${team.phone}`}
            </Button>
            <View className='map-team__gap' />
            <Button variant='secondary' onClick={() => Taro.navigateTo({ url: teamCardRoute(team.id) })}>
              查看团队
            </Button>
          </View>
        </Card>
      ))}
    </>
  );
}
