import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { TeamCard } from '@shared/api/grid';
import { wellnessFeeText, wellnessGroups } from '@shared/sojourn/wellness';
import { Card } from '../../../components';
import { focusable, roleOf } from '../../../lib/a11y';

/** Who is in the team: name, role and title, the team leader first. */
export function Members({ members }: { members: TeamCard['members'] }) {
  return (
    <Card title={`团队成员（${members.length} 人）`}>
      {members.map((m) => (
        <View key={`${m.name}-${m.role}`} className='team-member'>
          <View className='team-member__head'>
            <Text className='team-member__name'>{m.name}</Text>
            <Text className='team-role'>{m.role}</Text>
            {m.leader ? <Text className='team-role team-role--leader'>团队长</Text> : null}
          </View>
          {m.title ? <Text className='team-line'>{m.title}</Text> : null}
        </View>
      ))}
    </Card>
  );
}

const openMap = (name: string, address: string, location: { lat: number; lng: number }) =>
  Taro.openLocation({ latitude: location.lat, longitude: location.lng, name, address, scale: 16 }).catch(() => undefined);

/** Fixed service points: where the team sees people every week. */
export function FixedPoints({ points }: { points: TeamCard['fixedPoints'] }) {
  if (points.length === 0) return null;
  return (
    <Card title='固定服务点'>
      {points.map((p) => (
        <View key={p.id} className='team-point'>
          <Text className='team-point__name'>{p.name}</Text>
          <Text className='team-line'>{`地址：${p.address}`}</Text>
          <Text className='team-line'>{`开放时间：${p.hours}`}</Text>
          {process.env.TARO_ENV === 'weapp' ? (
            <Text className='ui-link' {...roleOf('link')} {...focusable} onClick={() => openMap(p.name, p.address, p.location)}>
              在地图上查看
            </Text>
          ) : null}
        </View>
      ))}
    </Card>
  );
}

/** Mobile service points (流动服务点): where and when the team comes to the village. */
export function MobilePoints({ points }: { points: TeamCard['mobilePoints'] }) {
  if (points.length === 0) return null;
  return (
    <Card title='流动服务点（医生定期上门）'>
      {points.map((p) => (
        <View key={p.id} className='team-point'>
          <Text className='team-point__name'>{p.name}</Text>
          <Text className='team-line'>{`地点：${p.address}`}</Text>
          <Text className='team-line team-line--strong'>{`时间：${p.scheduleText}`}</Text>
          {p.nextDates.length > 0 ? (
            <View className='team-dates'>
              <Text className='team-dates__label'>最近几次：</Text>
              {p.nextDates.map((d) => (
                <Text key={d.date} className='team-date'>
                  {d.text}
                </Text>
              ))}
            </View>
          ) : null}
        </View>
      ))}
    </Card>
  );
}

/** The grids the team is responsible for. */
export function Grids({ grids }: { grids: TeamCard['grids'] }) {
  if (grids.length === 0) return null;
  return (
    <Card title='负责的网格'>
      {grids.map((g) => (
        <Text key={g.id} className='team-line team-grid'>
          {g.name}
        </Text>
      ))}
    </Card>
  );
}

/** 签约须知: what happens after applying to this team, before the person decides. */
export function SigningNotes({ signing }: { signing: TeamCard['signing'] }) {
  return (
    <Card title='签约须知'>
      <Text className='team-line'>{`申请后，团队一般在 ${signing.reviewDays} 个工作日内审核。`}</Text>
      {signing.station ? (
        <Text className='team-line'>{`需要个人自付的，审核通过后在${signing.station.name}缴纳（${signing.station.hours}）。`}</Text>
      ) : null}
      <Text className='team-line team-line--strong'>去服务站时请带上：</Text>
      {signing.bring.map((item) => (
        <Text key={item} className='team-line'>{`• ${item}`}</Text>
      ))}
    </Card>
  );
}

/** A sojourn team's 康养 / 理疗 services with their fees in 元 (自费); nothing for other teams. */
export function WellnessServices({ services }: { services: TeamCard['wellnessServices'] }) {
  const groups = wellnessGroups(services);
  if (groups.length === 0) return null;
  return (
    <Card title='康养和理疗服务（自费）'>
      {groups.map((g) =>
        g.services.map((s) => (
          <View key={`${g.kind}-${s.name}`} className='team-point'>
            <Text className='team-point__name'>{`${g.label} · ${s.name}`}</Text>
            <Text className='team-line'>{s.note ? `${wellnessFeeText(s)}，${s.note}` : wellnessFeeText(s)}</Text>
          </View>
        )),
      )}
    </Card>
  );
}
