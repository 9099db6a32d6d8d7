import Taro from '@tarojs/taro';
import { pageUrl } from '@shared/pages/page-paths';
import { Text, View } from '@tarojs/components';
import { ActionBar, Button, Card, ErrorNotice, Loading, Page, PhoneButton } from '../../../../components';
import { selfPayRange, selfPayRangeText } from '@shared/contract/packages';
import { Fact } from '../../../../components/map/fact';
import { FixedPoints, Grids, Members, MobilePoints, SigningNotes, WellnessServices } from '../../components/team-sections';
import { useTeam, useTeamIdParam } from '../../lib/use-team';
import { useLoader } from '../../../../lib/use-loader';
import { call } from '../../../../api';
import '../../components/team.css';

/** Signing starts by choosing packages with this team. */
const signRoute = (teamId: string): string => pageUrl('signChoose', { teamId });

/** The team card: who the team is, how to call it, where and when it sees people, and signing. */
export default function TeamCardPage() {
  const teamId = useTeamIdParam();
  const { team, error, loading, reload } = useTeam(teamId);
  const ratings = useLoader(() => (teamId ? call('appointment.teamRatings', { teamId }) : Promise.resolve(null)), [teamId]);
  const rated = ratings.data && ratings.data.count > 0 ? ratings.data : null;
  const offers = useLoader(() => (teamId ? call('contract.packages', { teamId }) : Promise.resolve(null)), [teamId]);
  const cost = offers.data ? selfPayRangeText(selfPayRange(offers.data.packages)) : undefined;

  if (!team) {
    return (
      <Page title='家庭医生团队'>
        {loading ? <Loading text='正在打开团队信息…' /> : <ErrorNotice error={error} onRetry={error?.code === 'NOT_FOUND' ? undefined : reload} />}
      </Page>
    );
  }

  return (
    <Page title={team.name} intro={team.institution}>
      <Card>
        {team.sojourn ? <Text className='team-badge'>旅居服务团队 · 外地来旅居的老人也可以签约</Text> : null}
        {team.intro ? <Text className='team-intro'>{team.intro}</Text> : null}
        <Fact label='服务时间' value={team.serviceHours} />
        <Fact label='所在地区' value={team.regionText} />
        <Fact label='团队电话' value={team.phone} />
        {rated ? (
          <Fact label='居民评价' value={`${rated.average}分（${rated.count}条评价，满意率${Math.round((rated.satisfiedRate ?? 0) * 100)}%）`} />
        ) : null}
        <View className='team-actions'>
          <PhoneButton phone={team.phone} variant='secondary' />
        </View>
      </Card>
      <Members members={team.members} />
      <WellnessServices services={team.wellnessServices} />
      <FixedPoints points={team.fixedPoints} />
      <MobilePoints points={team.mobilePoints} />
      <Grids grids={team.grids} />
      <SigningNotes signing={team.signing} />
      <View className='team-actions team-actions--sign'>
        <Button variant='secondary' onClick={() => Taro.navigateTo({ url: pageUrl('appointments') })}>
          已签约：预约服务
        </Button>
      </View>
      <ActionBar label='签约' summary={cost}>
        {team.sojourn ? (
          <Button variant='primary' onClick={() => Taro.navigateTo({ url: pageUrl('sojournRegister', { teamId: team.id, teamName: team.name }) })}>
            来这里旅居：登记旅居
          </Button>
        ) : null}
        <Button variant={team.sojourn ? 'secondary' : 'primary'} onClick={() => Taro.navigateTo({ url: signRoute(team.id) })}>
          与该团队签约
        </Button>
      </ActionBar>
    </Page>
  );
}
