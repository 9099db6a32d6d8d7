import Taro from '@tarojs/taro';
import { useState } from 'react';
import { pageUrl } from '@shared/pages/page-paths';
import { SHARE_SCOPES, SHARE_SCOPE_LABELS, type ShareScope } from '@shared/sojourn/stay-rules';
import { dayOf } from '@shared/appointment/local-time';
import { call } from '../../../../api';
import { ActingAsBanner, Button, ErrorNotice, InfoRow, Loading, Page, useActingAs } from '../../../../components';
import { useLoader } from '../../../../lib/use-loader';
import { usePageParams } from '../../../../lib/use-page-params';
import { useSubmit } from '../../../../lib/use-submit';
import { Checks, DayField, Field } from '../../components/fields';
import { StayStatus, TurnedDown } from '../../components/stay-status';
import { WellnessList } from '../../components/wellness-list';
import { checkDraft, toInput, type Draft } from '../../lib/draft';
import '../../components/sojourn.css';

const FIELDS = ['arrival', 'departure', 'address', 'emergencyContact.name', 'emergencyContact.phone', 'homeInstitution', 'homeInstitution.name', 'homeInstitution.phone', 'conditions', 'medicines', 'shareScopes', 'teamId'];
const SHARE_OPTIONS = SHARE_SCOPES.map((s) => ({ value: s, label: SHARE_SCOPE_LABELS[s] }));

/**
 * Registers a stay with a sojourn team (opened from the team's card on the map): dates, where the
 * visitor stays, an emergency contact, the home institution when there is no home team in the app,
 * and what the sojourn team may see, with the team's 康养 / 理疗 services and fees below. Done, it
 * returns to the me tab, where both teams show. Opened from a notice, it shows the registration under
 * way, or the reason the last one was turned down above the form to register again.
 */
export default function RegisterPage() {
  const params = usePageParams();
  const acting = useActingAs();
  const residentId = params.residentId ?? acting?.residentId ?? '';
  const today = dayOf(new Date());
  const { data, loading, error, reload } = useLoader(() => (residentId ? call('sojourn.mine', { residentId }) : Promise.resolve(null)), [residentId]);
  // The team: of the stay under way, else the one chosen on the map, else the one that turned the last registration down.
  const shownTeam = data?.current?.team ?? (params.teamId ? { id: params.teamId, name: params.teamName } : data?.turnedDown?.team);
  const teamId = shownTeam?.id ?? '';
  const team = useLoader(() => (teamId ? call('grid.team', { teamId }) : Promise.resolve(null)), [teamId]);
  const [draft, setDraft] = useState<Draft>({
    arrival: today, departure: '', address: '', contactName: '', contactPhone: '', homeName: '', homePhone: '', conditions: '', medicines: '', shareScopes: ['conditions'],
  });
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const hasHome = Boolean(data?.home);
  const form = useSubmit({
    check: (d: Draft) => checkDraft(d, { residentId, teamId, hasHome, today }),
    fields: FIELDS,
    send: (d: Draft, requestId) => call('sojourn.register', toInput(d, { residentId, teamId, hasHome }), { requestId }),
    onDone: async () => {
      await Taro.showToast({ title: '已提交，等待旅居团队审核', icon: 'none' });
      await Taro.switchTab({ url: pageUrl('me') });
    },
  });

  if (!residentId) {
    return (
      <Page title='旅居登记'>
        {/* Nobody chosen yet: the banner picks the user's own profile when there is one. */}
        <ActingAsBanner />
        <ErrorNotice error={{ code: 'NOT_FOUND', message: '请先在“我的”中建立健康档案，再登记旅居' }} />
      </Page>
    );
  }
  if (!data) return <Page title='旅居登记'>{loading ? <Loading /> : <ErrorNotice error={error} onRetry={reload} />}</Page>;
  const services = <WellnessList services={team.data?.wellnessServices ?? []} />;
  if (!teamId) {
    return (
      <Page title='旅居登记'>
        <ErrorNotice error={{ code: 'NOT_FOUND', message: '请先在地图上找到旅居地的旅居服务团队，再从团队信息中登记旅居' }} />
        <Button onClick={() => void Taro.switchTab({ url: pageUrl('map') })}>去地图找旅居服务团队</Button>
      </Page>
    );
  }
  if (data.current) {
    return (
      <Page title='旅居登记' intro={`${data.current.team.name}就近照护，家乡的签约照常保留`}>
        <StayStatus stay={data.current} />
        {services}
      </Page>
    );
  }
  return (
    <Page title='旅居登记' intro={`${shownTeam?.name ?? team.data?.name ?? '旅居服务团队'}就近照护，家乡的签约照常保留`}>
      {params.residentId ? null : <ActingAsBanner />}
      {data.turnedDown ? <TurnedDown stay={data.turnedDown} /> : null}
      {data.home ? <InfoRow label='家乡签约团队' value={`${data.home.team.name}（保留）`} /> : null}
      <DayField name='arrival' label='到达日期' value={draft.arrival} start={today} onChange={(arrival) => set({ arrival })} error={form.errors.arrival} />
      <DayField name='departure' label='离开日期' value={draft.departure} start={draft.arrival || today} onChange={(departure) => set({ departure })} error={form.errors.departure} hint='最长180天，到时可申请延长' />
      <Field name='address' label='旅居住址' value={draft.address} onChange={(address) => set({ address })} error={form.errors.address} limit={100} placeholder='如：思茅区茶马古城旅游小镇B区2栋301' />
      <Field name='emergencyContact.name' label='紧急联系人' value={draft.contactName} onChange={(contactName) => set({ contactName })} error={form.errors['emergencyContact.name']} />
      <Field name='emergencyContact.phone' label='紧急联系人手机' value={draft.contactPhone} onChange={(contactPhone) => set({ contactPhone })} error={form.errors['emergencyContact.phone']} />
      {hasHome ? null : (
        <>
          <Field name='homeInstitution.name' label='家乡签约机构' value={draft.homeName} onChange={(homeName) => set({ homeName })} error={form.errors['homeInstitution.name'] ?? form.errors.homeInstitution} hint='旅居结束后，健康小结可转给家乡的医生' />
          <Field name='homeInstitution.phone' label='家乡签约机构电话' value={draft.homePhone} onChange={(homePhone) => set({ homePhone })} error={form.errors['homeInstitution.phone']} placeholder='如：0451-86661234' />
        </>
      )}
      <Field name='conditions' label='慢性病情况（选填）' value={draft.conditions} onChange={(conditions) => set({ conditions })} error={form.errors.conditions} limit={200} />
      <Field name='medicines' label='正在服用的药物（选填）' value={draft.medicines} onChange={(medicines) => set({ medicines })} error={form.errors.medicines} limit={300} />
      <Checks<ShareScope> name='shareScopes' label='旅居团队可以查看' options={SHARE_OPTIONS} value={draft.shareScopes} onChange={(shareScopes) => set({ shareScopes })} error={form.errors.shareScopes} />
      <ErrorNotice error={form.failure} />
      <Button loading={form.busy} onClick={() => void form.submit(draft)}>
        提交旅居登记
      </Button>
      {services}
    </Page>
  );
}
