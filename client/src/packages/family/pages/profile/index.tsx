import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ELDERLY_RISK_LABELS, MANAGEMENT_CATEGORY_LABELS, PRIORITY_GROUP_LABELS } from '@shared/resident/classification';
import { CONDITION_LABELS, DISABILITY_LABELS } from '@shared/resident/vocabulary';
import type { Profile } from '@shared/api/resident-profile';
import { call } from '../../../../api';
import { ActingAsBanner, Button, Card, EmptyState, ErrorNotice, InfoRow, Loading, Page, useActingAs } from '../../../../components';
import { formatLocalDate } from '../../../../lib/date';
import { scopesText } from '../../lib/labels';
import { CARE_LEVEL_TEXT } from '../../lib/care-labels';
import { useLoader } from '../../../../lib/use-loader';
import { FAMILY_ROUTES } from '../../lib/routes';
import { usePageParams } from '../../../../lib/use-page-params';
import '../../components/family.css';

const VIEWER = { self: '本人', guardian: '代管人', staff: '家庭医生团队' } as const;

/** Whether the account holding the record proved it is its person, in words. */
function identityText(identity: Profile['identity']): string {
  if (!identity.verified) return '尚未核验（家人的代管申请和访问记录在核验后才交给本人）';
  return identity.method === 'face' ? '已通过人脸核身' : '已由家庭医生团队当面核验';
}

/** A resident's profile: the one in the address, else the person the app is acting for. */
export default function ProfilePage() {
  const acting = useActingAs();
  const params = usePageParams();
  const residentId = params.residentId ?? acting?.residentId ?? '';
  return (
    <Page title='健康档案'>
      <ActingAsBanner />
      {params.notice ? <Text className='family-success'>{params.notice}</Text> : null}
      {residentId ? <ProfileBody residentId={residentId} /> : <EmptyState title='请先选择办理对象' />}
    </Page>
  );
}

function ProfileBody({ residentId }: { residentId: string }) {
  const { data: p, loading, error, reload } = useLoader(() => call('resident.getProfile', { residentId }), [residentId]);
  if (!p) return loading ? <Loading /> : <ErrorNotice error={error} onRetry={reload} />;
  const c = p.classification;
  const mayEdit = p.viewer.as !== 'guardian' || p.viewer.scopes.includes('sign');
  const care = c.elderlyRisk ? CARE_LEVEL_TEXT[c.elderlyRisk] : null;
  return (
    <>
      <Card title={p.name}>
        <InfoRow label='性别' value={p.gender === 'male' ? '男' : '女'} />
        <InfoRow label='年龄' value={`${p.age}岁`} />
        <InfoRow label='身份证号' value={p.idNumberMasked} />
        <InfoRow label='手机号码' value={p.phone} />
        <InfoRow label='居住地址' value={p.address} />
        <InfoRow label='建档时间' value={formatLocalDate(p.createdAt)} />
        {mayEdit ? (
          <View className='family-actions'>
            <Button variant='secondary' onClick={() => Taro.navigateTo({ url: FAMILY_ROUTES.editProfile(p.id, FAMILY_ROUTES.profile(p.id)) })}>修改手机号码、地址和健康情况</Button>
          </View>
        ) : null}
      </Card>
      <Card title='健康情况'>
        <InfoRow label='管理分类' value={MANAGEMENT_CATEGORY_LABELS[c.managementCategory]} />
        {c.elderlyRisk && p.viewer.as === 'staff' ? <InfoRow label='老年人风险等级' value={ELDERLY_RISK_LABELS[c.elderlyRisk]} /> : null}
        {care && p.viewer.as !== 'staff' ? (
          <View className='family-care'>
            <InfoRow label='随访关照' value={care.title} />
            <Text className='family-note'>{care.detail}</Text>
          </View>
        ) : null}
        <InfoRow label='重点人群' value={c.priorityGroups.map((g) => PRIORITY_GROUP_LABELS[g]).join('、') || '无'} />
        <InfoRow label='慢性病' value={p.conditions.map((x) => CONDITION_LABELS[x]).join('、') || '无'} />
        <InfoRow label='残疾情况' value={p.disability ? DISABILITY_LABELS[p.disability] : '无'} />
        <InfoRow label='独自居住' value={p.livesAlone ? '是' : '否'} />
        {p.pregnancy ? <InfoRow label='预产期' value={p.pregnancy.dueDate} /> : null}
      </Card>
      <Card>
        <InfoRow label='您的身份' value={VIEWER[p.viewer.as]} />
        {p.hasOwnAccount ? <InfoRow label='本人身份核验' value={identityText(p.identity)} /> : null}
        {p.viewer.as === 'self' && !p.identity.verified ? (
          <View className='family-actions'>
            <Button onClick={() => Taro.navigateTo({ url: FAMILY_ROUTES.identity(FAMILY_ROUTES.profile(p.id)) })}>核验本人身份</Button>
          </View>
        ) : null}
        {p.viewer.as === 'guardian' ? <InfoRow label='可以代办' value={scopesText(p.viewer.scopes)} /> : null}
        {p.viewer.as === 'self' || (p.viewer.as === 'guardian' && !p.hasOwnAccount) ? (
          <View className='family-actions'>
            <Button variant='secondary' onClick={() => Taro.navigateTo({ url: FAMILY_ROUTES.audit(p.id) })}>谁看过这份档案</Button>
          </View>
        ) : null}
        <Text className='family-note'>身份证号码只显示前4位和后4位。</Text>
      </Card>
    </>
  );
}
