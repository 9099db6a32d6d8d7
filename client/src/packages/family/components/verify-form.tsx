import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ActionInput, ActionOutput } from '@shared/api';
import { ZVerifyConsentInput } from '@shared/api/guardianship';
import { SCOPE_LABELS, type Scope } from '@shared/policy/scopes';
import { GUARDIAN_RELATION_LABELS } from '@shared/resident/vocabulary';
import { call } from '../../../api';
import { Button, ErrorNotice, InfoRow } from '../../../components';
import { ChoiceChips } from './choice-chips';
import { TextField } from './text-field';
import { IdCardReader } from './id-card-reader';
import { useSubmit } from '../../../lib/use-submit';
import { scopesText } from '../lib/labels';

type Item = ActionOutput<'resident.pendingConsents'>['items'][number];

export interface VerifyFormProps {
  item: Item;
  onDone: (message: string) => void;
}

/**
 * Face-to-face check by a team member: read the resident's ID card, ask what they agree to (for a
 * child under 14, check the guardian's relation to the child), and record it.
 */
export function VerifyForm({ item, onDone }: VerifyFormProps) {
  const { guardianship: g, resident: r } = item;
  const [idNumber, setIdNumber] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(g.requestedScopes);
  const child = r.age < 14;
  const form = useSubmit({
    check: ZVerifyConsentInput,
    fields: ['idNumber', 'scopes'],
    send: (value: ActionInput<'resident.verifyConsent'>, requestId) => call('resident.verifyConsent', value, { requestId }),
    onDone: (_, value) => onDone(value.approve ? `已记录${r.name}同意${g.guardianName}代管：${scopesText(scopes)}` : `已记录${r.name}不同意代管`),
  });
  const { errors } = form;
  const submit = (approve: boolean) =>
    void form.submit(approve ? { guardianshipId: g.id, idNumber, approve, scopes } : { guardianshipId: g.id, idNumber, approve });

  return (
    <View className='ui-card family-person family-verify'>
      <View className='family-person__head'>
        <Text className='family-person__name'>{`${r.name}（${r.gender === 'male' ? '男' : '女'}，${r.age}岁）`}</Text>
        <Text className='family-badge family-badge--wait'>{g.status === 'pending' ? '待核实' : '即将到期'}</Text>
      </View>
      <InfoRow label='身份证号' value={r.idNumberMasked} />
      <InfoRow label='住址' value={r.address} />
      <InfoRow label='申请人' value={`${g.guardianName}（${GUARDIAN_RELATION_LABELS[g.relation]}）`} />
      <InfoRow label='申请代办' value={scopesText(g.requestedScopes)} />
      <Text className='family-note'>
        {child ? '未满14周岁：请核对户口簿或出生医学证明，确认申请人是儿童的监护人。' : '请本人出示身份证，并当面询问是否同意由申请人代办以下事项。'}
      </Text>
      <TextField name='idNumber' label='核对身份证号码（完整18位）' type='idcard' value={idNumber} onChange={setIdNumber} error={errors.idNumber} maxlength={22}>
        <IdCardReader expectedName={r.name} onRead={(card) => setIdNumber(card.idNumber)} onError={(message) => form.refuse({ idNumber: message })} />
      </TextField>
      <ChoiceChips
        name='scopes'
        label={child ? '监护人同意的事项' : '本人同意的事项'}
        multiple
        options={g.requestedScopes.map((s) => ({ value: s, label: SCOPE_LABELS[s] }))}
        value={scopes}
        onChange={setScopes}
        error={errors.scopes}
      />
      <ErrorNotice error={form.failure} />
      <View className='family-actions'>
        <Button loading={form.pending?.approve === true} disabled={form.busy} onClick={() => submit(true)}>{child ? '监护关系属实，同意' : '本人同意'}</Button>
        <Button variant='secondary' loading={form.pending?.approve === false} disabled={form.busy} onClick={() => submit(false)}>本人不同意</Button>
      </View>
    </View>
  );
}
