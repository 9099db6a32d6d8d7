import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { Guardianship } from '@shared/api/guardianship';
import { MANAGEMENT_CATEGORY_LABELS } from '@shared/resident/classification';
import { RELATION_LABELS } from '@shared/resident/vocabulary';
import { call } from '../../../../api';
import { ActingAsBanner, Button, Card, EmptyState, ErrorNotice, InfoRow, Loading, Page, setActingAs } from '../../../../components';
import { GuardianshipCard } from '../../components/guardianship-card';
import { RequestAnswer } from '../../components/request-answer';
import { VerifyPlace } from '../../components/verify-place';
import { consentUntil } from '../../lib/labels';
import { FAMILY_ROUTES } from '../../lib/routes';
import { usePageParams } from '../../../../lib/use-page-params';
import { useLoader } from '../../../../lib/use-loader';
import { useSubmit } from '../../../../lib/use-submit';
import '../../components/family.css';

const go = (url: string) => Taro.navigateTo({ url });

export default function FamilyHome() {
  const params = usePageParams();
  const [notice, setNotice] = useState<string | null>(params.notice ?? null);
  const { data: family, loading, error, reload } = useLoader(() => call('resident.listMine', {}), []);
  const revoking = useSubmit({
    fields: [],
    send: ({ g }: { g: Guardianship; who: string }, requestId) => call('resident.revokeAccess', { guardianshipId: g.id }, { requestId }),
    onDone: (_, { who }) => done(`已撤销${who}的代管`),
  });
  const renewing = useSubmit({
    fields: [],
    send: ({ g, scopes }: { g: Guardianship; scopes: Guardianship['requestedScopes'] }, requestId) =>
      call('resident.renewConsent', { guardianshipId: g.id, scopes }, { requestId }),
    onDone: (fresh) => done(`授权已续期至${consentUntil(fresh) ?? ''}`),
  });
  const actionError = revoking.failure ?? renewing.failure;

  const revoke = async (g: Guardianship, who: string) => {
    const { confirm } = await Taro.showModal({ title: '撤销代管', content: `撤销后${who}立即不能再代办，确定吗？`, confirmText: '撤销' });
    if (confirm) await revoking.submit({ g, who });
  };

  const renew = (g: Guardianship, scopes: Guardianship['requestedScopes']) => {
    void renewing.submit({ g, scopes });
  };

  const done = (message: string) => {
    setNotice(message);
    reload();
  };

  if (!family) {
    return (
      <Page title='家人与代管'>
        {loading ? <Loading /> : <ErrorNotice error={error} onRetry={reload} />}
      </Page>
    );
  }

  const { self, managed, guardians, verifyAt } = family;
  return (
    <Page title='家人与代管' intro='为父母、孩子办理签约、预约和提醒，需要对方同意'>
      <ActingAsBanner />
      {notice ? <Text className='family-success'>{notice}</Text> : null}
      <ErrorNotice error={actionError ?? error} />
      <Card title='我的健康档案'>
        {self ? (
          <>
            <InfoRow label='姓名' value={self.name} />
            <InfoRow label='身份证号' value={self.idNumberMasked} />
            <InfoRow label='管理分类' value={MANAGEMENT_CATEGORY_LABELS[self.classification.managementCategory]} />
            <View className='family-actions'>
              <Button variant='secondary' onClick={() => go(FAMILY_ROUTES.profile(self.id))}>查看我的档案</Button>
              <Button variant='secondary' onClick={() => go(FAMILY_ROUTES.audit(self.id))}>谁看过我的信息</Button>
            </View>
          </>
        ) : (
          <EmptyState title='还没有您的健康档案' description='建档后才能签约家庭医生'>
            <Button onClick={() => go(FAMILY_ROUTES.createProfile(false))}>建立我的健康档案</Button>
          </EmptyState>
        )}
      </Card>

      <Text className='family-section-title'>我代管的家人</Text>
      {managed.length === 0 ? <Text className='family-note'>还没有代管的家人。</Text> : null}
      {managed.map((g) => (
        <GuardianshipCard key={g.id} g={g} side='guardian'>
          {g.status === 'pending' && g.consentRoute === 'in_person' ? (
            <VerifyPlace name={g.residentName} place={verifyAt.find((v) => v.guardianshipId === g.id)} />
          ) : null}
          {g.effectiveScopes.length > 0 ? (
            <Button
              onClick={() => {
                setActingAs({ residentId: g.residentId, name: g.residentName, self: false, relationLabel: RELATION_LABELS[g.relation] });
                setNotice(`现在为${g.residentName}办理`);
              }}
            >
              {`为${g.residentName}办理`}
            </Button>
          ) : null}
          {g.effectiveScopes.includes('view') ? (
            <Button variant='secondary' onClick={() => go(FAMILY_ROUTES.profile(g.residentId))}>查看档案</Button>
          ) : null}
          {g.status === 'active' && g.guardianConsent ? (
            <Button variant='secondary' onClick={() => renew(g, g.guardianConsent!.scopes)}>监护人续期授权</Button>
          ) : null}
          {g.status === 'pending' || g.status === 'active' ? (
            <Button variant='secondary' onClick={() => revoke(g, '您')}>{g.status === 'pending' ? '撤回申请' : '放弃代管'}</Button>
          ) : null}
        </GuardianshipCard>
      ))}
      <View className='family-actions'>
        <Button onClick={() => go(FAMILY_ROUTES.createProfile(true))}>为没有微信的家人建档</Button>
        <Button variant='secondary' onClick={() => go(FAMILY_ROUTES.request)}>申请代管已建档的家人</Button>
      </View>

      {self ? (
        <>
          <Text className='family-section-title'>代我办理的家人</Text>
          {guardians.length === 0 ? <Text className='family-note'>没有人代您办理。</Text> : null}
          {guardians.map((g) => (
            <GuardianshipCard key={g.id} g={g} side='resident'>
              {g.status === 'pending' ? <RequestAnswer g={g} /> : null}
              {g.status === 'active' ? (
                <>
                  <Button variant='secondary' onClick={() => renew(g, g.residentConsent?.scopes ?? g.requestedScopes)}>续期12个月</Button>
                  <Button variant='secondary' onClick={() => revoke(g, g.guardianName)}>撤销代管</Button>
                </>
              ) : null}
            </GuardianshipCard>
          ))}
        </>
      ) : null}
    </Page>
  );
}
