import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ZCreateProfileInput, type CreateProfileInput } from '@shared/api/resident-profile';
import { checkIdNumber } from '@shared/resident/id-number';
import { localDay } from '@shared/resident/age';
import { asksAboutPregnancy } from '@shared/resident/applicable-fields';
import { RELATION_LABELS, RELATIONS, type Relation } from '@shared/resident/vocabulary';
import { DEFAULT_REQUEST_SCOPES, OFFERED_SCOPES, type Scope } from '@shared/policy/scopes';
import { call } from '../../../../api';
import { Button, Card, ErrorNotice, Page, setActingAs } from '../../../../components';
import { ChoiceChips } from '../../components/choice-chips';
import { GridPicker, type GridChoice } from '../../components/grid-picker';
import { HealthFields, type HealthValues } from '../../components/health-fields';
import { TextField } from '../../components/text-field';
import { WechatPhoneButton } from '../../components/wechat-phone-button';
import { ScopeChoice } from '../../components/scope-choice';
import { FAMILY_ROUTES } from '../../lib/routes';
import { keepClaimDraft } from '../../lib/claim-draft';
import { usePageParams } from '../../../../lib/use-page-params';
import { finishDetour } from '../../../../lib/return-to';
import { fieldErrorsOf, useSubmit, type FieldErrors } from '../../../../lib/use-submit';
import '../../components/family.css';

const GENDERS = [
  { value: 'male' as const, label: '男' },
  { value: 'female' as const, label: '女' },
];

/** Creates a profile for the user (`?for=self`) or for a relative without WeChat (`?for=relative`). */
export default function ProfileForm() {
  const params = usePageParams();
  const forRelative = params.for === 'relative';
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [gender, setGender] = useState<'male' | 'female' | ''>('');
  const [birthDate, setBirthDate] = useState('');
  const [phone, setPhone] = useState('');
  const [address, setAddress] = useState('');
  const [grid, setGrid] = useState<GridChoice | null>(null);
  const [health, setHealth] = useState<HealthValues>({ conditions: [], disability: 'none', livesAlone: false, pregnant: false, dueDate: '' });
  const [relation, setRelation] = useState<Relation | ''>('');
  const [scopes, setScopes] = useState<Scope[]>([...DEFAULT_REQUEST_SCOPES]);
  // The number is registered already (by a relative, or by someone who typed it): she may claim it.
  const [taken, setTaken] = useState(false);

  // Birth date and gender are printed in the ID number: fill them in, the person only confirms.
  const onIdNumber = (value: string) => {
    setIdNumber(value);
    const check = checkIdNumber(value, localDay(new Date()));
    if (check.ok) {
      setBirthDate(check.birthDate);
      setGender(check.gender);
    }
  };

  const input = (): CreateProfileInput => ({
    subject: forRelative ? 'relative' : 'self',
    ...(forRelative ? { relation: relation || undefined, scopes } : {}),
    name,
    gender: gender as 'male' | 'female',
    birthDate,
    idNumber,
    phone,
    address,
    gridId: grid?.id ?? null,
    conditions: health.conditions,
    disability: health.disability === 'none' ? null : health.disability,
    livesAlone: health.livesAlone,
    pregnancy: asksAboutPregnancy({ gender, birthDate }, new Date()) && health.pregnant ? { dueDate: health.dueDate } : null,
  });

  const check = (value: CreateProfileInput): FieldErrors => {
    const parsed = ZCreateProfileInput.safeParse(value);
    // A birth date after today is caught here too, before anything is sent.
    const id = checkIdNumber(idNumber, localDay(new Date()));
    const found = { ...(parsed.success ? {} : fieldErrorsOf(parsed.error)), ...(!id.ok && id.problem === 'date' ? { idNumber: id.message } : {}) };
    if (Object.keys(found).length > 0) return found;
    if (forRelative && !grid) return { gridId: '请选择对方居住的社区网格，由该社区的家庭医生团队当面核实授权' };
    return {};
  };
  const form = useSubmit({
    check,
    send: (value: CreateProfileInput, requestId) => call('resident.createProfile', value, { requestId }),
    onFail: (error) => setTaken(!forRelative && error.code === 'CONFLICT' && error.field === 'idNumber'),
    onDone: ({ profile }) => {
      if (profile) setActingAs({ residentId: profile.id, name: profile.name, self: true });
      const notice = forRelative
        ? `已为${name}建档。请陪同${name}带身份证到社区卫生服务站，由家庭医生当面核实同意后即可代办。`
        : '已建立您的健康档案';
      return finishDetour(params.back, FAMILY_ROUTES.home(), notice);
    },
  });
  const { errors } = form;
  const submit = () => void form.submit(input());

  return (
    <Page
      title={forRelative ? '为家人建档' : '建立我的健康档案'}
      intro={forRelative ? '适用于没有微信的老人或孩子。建档后需由社区家庭医生当面核实本人（或儿童监护关系）同意。' : '请按身份证填写，信息仅用于家庭医生签约服务'}
    >
      <Card title='身份信息'>
        <TextField name='name' label='姓名' value={name} onChange={setName} error={errors.name} maxlength={30} />
        <TextField name='idNumber' label='身份证号码' type='idcard' value={idNumber} onChange={onIdNumber} error={errors.idNumber} maxlength={22} hint='填写后自动带出出生日期和性别' />
        <TextField name='birthDate' label='出生日期' placeholder='例如 1946-03-08' value={birthDate} onChange={setBirthDate} error={errors.birthDate} maxlength={10} />
        <ChoiceChips name='gender' label='性别' options={GENDERS} value={gender ? [gender] : []} onChange={([g]) => setGender(g)} error={errors.gender} />
      </Card>
      <Card title='联系方式'>
        <TextField name='phone' label='手机号码' type='number' value={phone} onChange={setPhone} error={errors.phone} maxlength={11}>
          {forRelative ? null : <WechatPhoneButton onPhone={setPhone} onError={(message) => form.refuse({ phone: message })} />}
        </TextField>
        <TextField name='address' label='居住地址' value={address} onChange={setAddress} error={errors.address} limit={100} />
        <GridPicker value={grid} onChange={setGrid} error={errors.gridId} />
      </Card>
      <Card title='健康情况'>
        <HealthFields value={health} onChange={setHealth} askPregnancy={asksAboutPregnancy({ gender, birthDate }, new Date())} errors={errors} />
      </Card>
      {forRelative ? (
        <Card title='代管'>
          <ChoiceChips name='relation' label='对方是您的' options={RELATIONS.map((r) => ({ value: r, label: RELATION_LABELS[r] }))} value={relation ? [relation] : []} onChange={([r]) => setRelation(r)} error={errors.relation} />
          <Text className='family-field__label'>申请代办的事项（社区医生会向对方说明每项的含义）</Text>
          <ScopeChoice scopes={OFFERED_SCOPES} value={scopes} onChange={setScopes} error={errors.scopes} />
        </Card>
      ) : null}
      {taken ? (
        <Card title='这个身份证号已被登记' className='family-claim'>
          <Text className='family-note'>这个身份证号已被登记，如果是您本人，可以通过人脸核身认领。认领后档案归您所有，之前登记的人不能再查看。</Text>
          <View className='family-actions'>
            <Button
              variant='secondary'
              onClick={() => {
                keepClaimDraft(name, idNumber);
                void Taro.navigateTo({ url: FAMILY_ROUTES.identity(params.back, true) });
              }}
            >
              人脸核身认领档案
            </Button>
          </View>
        </Card>
      ) : null}
      {Object.keys(errors).length > 0 ? <Text className='ui-field-error'>请按提示修改标红的内容</Text> : null}
      <ErrorNotice error={form.failure} />
      <View className='family-actions'>
        <Button loading={form.busy} onClick={submit}>
          {forRelative ? '提交建档' : '建立档案'}
        </Button>
      </View>
    </Page>
  );
}
