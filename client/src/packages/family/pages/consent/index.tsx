import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { Guardianship } from '@shared/api/guardianship';
import { SCOPE_DETAILS, SCOPE_LABELS, type Scope } from '@shared/policy/scopes';
import { GUARDIAN_RELATION_LABELS } from '@shared/resident/vocabulary';
import { call } from '../../../../api';
import { Button, Card, EmptyState, ErrorNotice, Loading, Page } from '../../../../components';
import { ScopeChoice } from '../../components/scope-choice';
import { FAMILY_ROUTES } from '../../lib/routes';
import { finishDetour } from '../../../../lib/return-to';
import { useLoader } from '../../../../lib/use-loader';
import { useSubmit } from '../../../../lib/use-submit';
import { usePageParams } from '../../../../lib/use-page-params';
import '../../components/family.css';

/**
 * A family request waiting for the resident's answer: who asks, what each power lets them do in plain
 * words, and a confirmation before anything is granted (refusing is confirmed too).
 */
export default function ConsentPage() {
  const params = usePageParams();
  const id = params.guardianshipId ?? '';
  const { data, loading, error, reload } = useLoader(() => call('resident.listMine', {}), []);
  const g = data?.guardians.find((x) => x.id === id) ?? null;
  return (
    <Page title='代办申请'>
      {!data ? (
        loading ? <Loading /> : <ErrorNotice error={error} onRetry={reload} />
      ) : !g || g.status !== 'pending' ? (
        <EmptyState title='这条申请已经处理过了' description='可以在“家人与代管”中查看谁在代您办理，随时可以撤销'>
          <Button variant='secondary' onClick={() => Taro.redirectTo({ url: FAMILY_ROUTES.home() })}>家人与代管</Button>
        </EmptyState>
      ) : (
        <Answer g={g} back={params.back} />
      )}
    </Page>
  );
}

function Answer({ g, back }: { g: Guardianship; back?: string }) {
  const [scopes, setScopes] = useState<Scope[]>(g.requestedScopes);
  const who = `${g.guardianName}（您的${GUARDIAN_RELATION_LABELS[g.relation]}）`;
  const form = useSubmit({
    fields: ['scopes'],
    send: (accept: boolean, requestId) =>
      call('resident.respondToRequest', accept ? { guardianshipId: g.id, accept, scopes } : { guardianshipId: g.id, accept }, { requestId }),
    onDone: (_, accept) =>
      finishDetour(back, FAMILY_ROUTES.home(), accept ? `已同意${g.guardianName}代您办理，有效期12个月，可随时撤销` : `已拒绝${g.guardianName}的代办申请`),
  });
  const send = (accept: boolean) => void form.submit(accept);

  const agree = async () => {
    if (scopes.length === 0) return form.refuse({ scopes: '请至少选择一项；都不想同意，请点“拒绝”' });
    const { confirm } = await Taro.showModal({
      title: `同意${g.guardianName}代您办理？`,
      content: `同意后${g.guardianName}可以：${scopes.map((s) => `${SCOPE_LABELS[s]}——${SCOPE_DETAILS[s]}`).join('')}有效期12个月，您随时可以撤销。`,
      confirmText: '确认同意',
      cancelText: '再想想',
    });
    if (confirm) send(true);
  };

  const refuse = async () => {
    const { confirm } = await Taro.showModal({ title: '拒绝这条申请？', content: `${g.guardianName}会收到您拒绝的消息，以后可以重新申请。`, confirmText: '拒绝', cancelText: '返回' });
    if (confirm) send(false);
  };

  return (
    <>
      <Card title={`${who}请求代您办理`}>
        <Text className='family-note'>请看清楚每一项的意思。可以只同意其中几项；同意后有效期12个月，随时可以在“家人与代管”中撤销。</Text>
        <ScopeChoice scopes={g.requestedScopes} value={scopes} onChange={setScopes} error={form.errors.scopes} />
      </Card>
      <ErrorNotice error={form.failure} />
      <View className='family-actions'>
        <Button loading={form.pending === true} disabled={form.busy} onClick={() => void agree()}>同意所选的事项</Button>
        <Button variant='secondary' loading={form.pending === false} disabled={form.busy} onClick={() => void refuse()}>拒绝</Button>
      </View>
    </>
  );
}
