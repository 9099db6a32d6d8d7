import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { Guardianship } from '@shared/api/guardianship';
import { SCOPE_LABELS, type Scope } from '@shared/policy/scopes';
import { call } from '../../../api';
import { Button, ErrorNotice } from '../../../components';
import { useSubmit } from '../../../lib/use-submit';
import { ChoiceChips } from './choice-chips';

export interface RequestAnswerProps {
  g: Guardianship;
  onDone: (message: string) => void;
}

/** The resident answers a request: picks which of the asked scopes to grant, or declines. */
export function RequestAnswer({ g, onDone }: RequestAnswerProps) {
  const [scopes, setScopes] = useState<Scope[]>(g.requestedScopes);
  const form = useSubmit({
    fields: ['scopes'],
    send: (accept: boolean, requestId) =>
      call('resident.respondToRequest', accept ? { guardianshipId: g.id, accept, scopes } : { guardianshipId: g.id, accept }, { requestId }),
    onDone: (_, accept) => onDone(accept ? `已同意${g.guardianName}代管，有效期12个月，可随时撤销` : `已拒绝${g.guardianName}的代管申请`),
  });
  const answer = (accept: boolean) => void form.submit(accept);

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
        error={form.errors.scopes}
      />
      <ErrorNotice error={form.failure} />
      <Button loading={form.pending === true} disabled={scopes.length === 0 || form.busy} onClick={() => answer(true)}>
        同意
      </Button>
      <Button variant='secondary' loading={form.pending === false} disabled={form.busy} onClick={() => answer(false)}>
        拒绝
      </Button>
    </View>
  );
}
