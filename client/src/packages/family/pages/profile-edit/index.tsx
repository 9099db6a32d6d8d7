import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ActionInput } from '@shared/api';
import { ZUpdateProfileInput, type Profile } from '@shared/api/resident-profile';
import { asksAboutPregnancy } from '@shared/resident/applicable-fields';
import { call } from '../../../../api';
import { ActingAsBanner, Button, Card, EmptyState, ErrorNotice, InfoRow, Loading, Page, useActingAs } from '../../../../components';
import { GridPicker, type GridChoice } from '../../components/grid-picker';
import { HealthFields, type HealthValues } from '../../components/health-fields';
import { IdCardReader } from '../../components/id-card-reader';
import { TextField } from '../../components/text-field';
import { WechatPhoneButton } from '../../components/wechat-phone-button';
import { FAMILY_ROUTES } from '../../lib/routes';
import { finishDetour } from '../../../../lib/return-to';
import { useLoader } from '../../../../lib/use-loader';
import { usePageParams } from '../../../../lib/use-page-params';
import { useSubmit } from '../../../../lib/use-submit';
import '../../components/family.css';

/**
 * Changes what changes over time in a profile: phone, address, grid and health. The resident, a
 * guardian allowed to sign, or the team's staff may do it; the server checks and audits every change.
 */
export default function ProfileEditPage() {
  const params = usePageParams();
  const acting = useActingAs();
  const residentId = params.residentId ?? acting?.residentId ?? '';
  const { data, loading, error, reload } = useLoader(() => call('resident.getProfile', { residentId }), [residentId]);
  return (
    <Page title='修改健康档案' intro='姓名、身份证号码、性别和出生日期以身份证为准，如有错误请到社区卫生服务站更正'>
      <ActingAsBanner />
      {!residentId ? (
        <EmptyState title='请先选择办理对象' />
      ) : data ? (
        <EditForm profile={data} back={params.back} />
      ) : loading ? (
        <Loading />
      ) : (
        <ErrorNotice error={error} onRetry={reload} />
      )}
    </Page>
  );
}

function EditForm({ profile, back }: { profile: Profile; back?: string }) {
  const [phone, setPhone] = useState(profile.phone);
  const [address, setAddress] = useState(profile.address);
  const [grid, setGrid] = useState<GridChoice | null>(profile.gridId ? { id: profile.gridId, label: '已登记的社区网格（未更改）' } : null);
  const [health, setHealth] = useState<HealthValues>({
    conditions: profile.conditions,
    disability: profile.disability ?? 'none',
    livesAlone: profile.livesAlone,
    pregnant: profile.pregnancy !== null,
    dueDate: profile.pregnancy?.dueDate ?? '',
  });
  const askPregnancy = asksAboutPregnancy(profile, new Date());
  const form = useSubmit({
    check: ZUpdateProfileInput,
    send: (value: ActionInput<'resident.updateProfile'>, requestId) => call('resident.updateProfile', value, { requestId }),
    onDone: (fresh) => finishDetour(back, FAMILY_ROUTES.profile(fresh.id), `已保存${profile.name}的健康档案`),
  });
  const { errors } = form;

  const submit = () =>
    void form.submit({
      residentId: profile.id,
      phone,
      address,
      gridId: grid?.id ?? null,
      conditions: health.conditions,
      disability: health.disability === 'none' ? null : health.disability,
      livesAlone: health.livesAlone,
      ...(askPregnancy ? { pregnancy: health.pregnant ? { dueDate: health.dueDate } : null } : {}),
    });

  return (
    <>
      <Card title={profile.name}>
        <InfoRow label='身份证号' value={profile.idNumberMasked} />
        {profile.birthDate ? <InfoRow label='出生日期' value={profile.birthDate} /> : <InfoRow label='年龄' value={`${profile.age}岁`} />}
      </Card>
      <Card title='联系方式'>
        <TextField name='phone' label='手机号码' type='number' value={phone} onChange={setPhone} error={errors.phone} maxlength={11}>
          {profile.viewer.as === 'self' ? <WechatPhoneButton onPhone={setPhone} onError={(message) => form.refuse({ phone: message })} /> : null}
        </TextField>
        <TextField name='address' label='居住地址' value={address} onChange={setAddress} error={errors.address} limit={100}>
          {/* At the station, staff may take the address from her ID card; a card with another name fills nothing. */}
          {profile.viewer.as === 'staff' ? (
            <IdCardReader
              expectedName={profile.name}
              onRead={(card) => (card.name === profile.name ? setAddress(card.address.slice(0, 100)) : undefined)}
              onError={(message) => form.refuse({ address: message })}
            />
          ) : null}
        </TextField>
        <GridPicker value={grid} onChange={setGrid} error={errors.gridId} />
      </Card>
      <Card title='健康情况'>
        <HealthFields value={health} onChange={setHealth} askPregnancy={askPregnancy} errors={errors} />
      </Card>
      {Object.keys(errors).length > 0 ? <Text className='ui-field-error'>请按提示修改标红的内容</Text> : null}
      <ErrorNotice error={form.failure} />
      <View className='family-actions'>
        <Button loading={form.busy} onClick={submit}>保存修改</Button>
      </View>
    </>
  );
}
