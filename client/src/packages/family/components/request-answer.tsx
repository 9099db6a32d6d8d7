import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ApiError } from '@shared/api';
import type { Guardianship } from '@shared/api/guardianship';
import { SCOPE_LABELS, type Scope } from '@shared/policy/scopes';
import { call, newRequestId, toApiError } from '../../../api';
import { Button, ErrorNotice } from '../../../components';
import { ChoiceChips } from './choice-chips';

export interface RequestAnswerProps {
  g: Guardianship;
  onDone: (message: string) => void;
}

/** The resident answers a request: picks which of the asked scopes to grant, or declines. */
export function RequestAnswer({ g, onDone }: RequestAnswerProps) {
  const [scopes, setScopes] = useState<Scope[]>(g.requestedScopes);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [requestId] = useState(newRequestId);

  const answer = (accept: boolean) => {
    setBusy(true);
    setError(null);
    call('resident.respondToRequest', accept ? { guardianshipId: g.id, accept, scopes } : { guardianshipId: g.id, accept }, { requestId })
      .then(() => onDone(accept ? `已同意${g.guardianName}代管，有效期12个月，可随时撤销` : `已拒绝${g.guardianName}的代管申请`))
      .catch((err: unknown) => setError(toApiError(err)))
      .finally(() => setBusy(false));
  };

  return (
    <View className='family-answer'>
      <Text className='family-note'>{`${g.guardianName}申请代您办理以下事项，请选择您同意的：`}</Text>
      <ChoiceChips
        name='scopes'
        label='同意的权限'
        multiple
        options={g.requestedScopes.map((s) => ({ value: s, label: SCOPE_LABELS[s] }))}
        value={scopes}
        onChange={setScopes}
        error={error?.field === 'scopes' ? error.message : undefined}
      />
      <ErrorNotice error={error} fields={['scopes']} />
      <Button loading={busy} disabled={scopes.length === 0} onClick={() => answer(true)}>
        同意
      </Button>
      <Button variant='secondary' loading={busy} onClick={() => answer(false)}>
        拒绝
      </Button>
    </View>
  );
}
