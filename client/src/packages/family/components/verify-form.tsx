import { Text, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import type { ActionOutput, ApiError } from '@shared/api';
import { ZVerifyConsentInput } from '@shared/api/guardianship';
import { SCOPE_LABELS, type Scope } from '@shared/policy/scopes';
import { GUARDIAN_RELATION_LABELS } from '@shared/resident/vocabulary';
import { call, newRequestId, toApiError } from '../../../api';
import { Button, ErrorNotice, InfoRow } from '../../../components';
import { ChoiceChips } from './choice-chips';
import { TextField } from './text-field';
import { fieldErrorsOf, withServerError, type FieldErrors } from '../lib/field-errors';
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
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const requestId = useRef(newRequestId());
  const child = r.age < 14;

  const submit = (approve: boolean) => {
    setFailure(null);
    const value = approve ? { guardianshipId: g.id, idNumber, approve, scopes } : { guardianshipId: g.id, idNumber, approve };
    const parsed = ZVerifyConsentInput.safeParse(value);
    if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error));
    setErrors({});
    setBusy(true);
    call('resident.verifyConsent', value, { requestId: requestId.current })
      .then(() => onDone(approve ? `已记录${r.name}同意${g.guardianName}代管：${scopesText(scopes)}` : `已记录${r.name}不同意代管`))
      .catch((err: unknown) => {
        const e = toApiError(err);
        setErrors((cur) => withServerError(cur, e));
        if (!e.field) setFailure(e);
        requestId.current = newRequestId();
      })
      .finally(() => setBusy(false));
  };

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
      <TextField name='idNumber' label='核对身份证号码（完整18位）' type='idcard' value={idNumber} onChange={setIdNumber} error={errors.idNumber} maxlength={22} />
      <ChoiceChips
        name='scopes'
        label={child ? '监护人同意的事项' : '本人同意的事项'}
        multiple
        options={g.requestedScopes.map((s) => ({ value: s, label: SCOPE_LABELS[s] }))}
        value={scopes}
        onChange={setScopes}
        error={errors.scopes}
      />
      <ErrorNotice error={failure} />
      <View className='family-actions'>
        <Button loading={busy} onClick={() => submit(true)}>{child ? '监护关系属实，同意' : '本人同意'}</Button>
        <Button variant='secondary' loading={busy} onClick={() => submit(false)}>本人不同意</Button>
      </View>
    </View>
  );
}
