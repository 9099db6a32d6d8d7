import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ActionInput } from '@shared/api';
import { ZRequestAccessInput } from '@shared/api/guardianship';
import { RELATION_LABELS, RELATIONS, type Relation } from '@shared/resident/vocabulary';
import { DEFAULT_REQUEST_SCOPES, OFFERED_SCOPES, type Scope } from '@shared/policy/scopes';
import { call } from '../../../../api';
import { Button, Card, ErrorNotice, Page } from '../../../../components';
import { ChoiceChips } from '../../components/choice-chips';
import { TextField } from '../../components/text-field';
import { ScopeChoice } from '../../components/scope-choice';
import { FAMILY_ROUTES } from '../../lib/routes';
import { useSubmit } from '../../../../lib/use-submit';
import '../../components/family.css';

/** Asks to act for a relative who already has a profile; they (or their team, in person) consent. */
export default function RequestAccess() {
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [relation, setRelation] = useState<Relation | ''>('');
  const [scopes, setScopes] = useState<Scope[]>([...DEFAULT_REQUEST_SCOPES]);
  const form = useSubmit({
    check: ZRequestAccessInput,
    fields: ['name', 'idNumber', 'relation', 'scopes'],
    send: (value: ActionInput<'resident.requestAccess'>, requestId) => call('resident.requestAccess', value, { requestId }),
    onDone: (g) => {
      const notice =
        g.consentRoute === 'in_app'
          ? `申请已发送，${g.residentName}在小程序“家人与代管”中同意后生效`
          : `申请已提交，请陪同${g.residentName}带身份证到社区卫生服务站，由家庭医生当面核实`;
      return Taro.redirectTo({ url: FAMILY_ROUTES.home(notice) });
    },
  });
  const { errors } = form;
  const submit = () => void form.submit({ name, idNumber, relation: relation as Relation, scopes });

  return (
    <Page title='申请代管' intro='对方已经建立健康档案时使用。对方同意后，您才能代为查看或办理。'>
      <Card>
        <TextField name='name' label='对方姓名' value={name} onChange={setName} error={errors.name} maxlength={30} />
        <TextField name='idNumber' label='对方身份证号码' type='idcard' value={idNumber} onChange={setIdNumber} error={errors.idNumber} maxlength={22} />
        <ChoiceChips name='relation' label='对方是您的' options={RELATIONS.map((r) => ({ value: r, label: RELATION_LABELS[r] }))} value={relation ? [relation] : []} onChange={([r]) => setRelation(r)} error={errors.relation} />
        <Text className='family-field__label'>申请代办的事项（对方会看到每项的含义）</Text>
        <ScopeChoice scopes={OFFERED_SCOPES} value={scopes} onChange={setScopes} error={errors.scopes} />
      </Card>
      <ErrorNotice error={form.failure} />
      <View className='family-actions'>
        <Button loading={form.busy} onClick={submit}>发送申请</Button>
      </View>
    </Page>
  );
}
