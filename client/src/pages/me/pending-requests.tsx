import Taro from '@tarojs/taro';
import { pageUrl } from '@shared/pages/page-paths';
import { Text, View } from '@tarojs/components';
import type { Guardianship } from '@shared/api/guardianship';
import { SCOPE_LABELS } from '@shared/policy/scopes';
import { GUARDIAN_RELATION_LABELS } from '@shared/resident/vocabulary';
import { call } from '../../api';
import { useSubmit } from '../../lib/use-submit';
import { Button, Card, ErrorNotice } from '../../components';

export interface PendingRequestsProps {
  /** Requests waiting for the user's own answer in the app. */
  requests: Guardianship[];
  onAnswered: () => void;
}

/**
 * The top of the 我的 tab while a family member waits for the user's consent: who asks and for what,
 * 同意 (which opens the page that explains each power and confirms) or 拒绝 (confirmed here).
 */
export function PendingRequests({ requests, onAnswered }: PendingRequestsProps) {
  const form = useSubmit({
    send: (g: Guardianship, requestId) => call('resident.respondToRequest', { guardianshipId: g.id, accept: false }, { requestId }),
    onDone: onAnswered,
  });
  if (requests.length === 0) return null;

  const refuse = async (g: Guardianship) => {
    const { confirm } = await Taro.showModal({ title: '拒绝这条申请？', content: `${g.guardianName}会收到您拒绝的消息，以后可以重新申请。`, confirmText: '拒绝', cancelText: '返回' });
    if (confirm) void form.submit(g);
  };

  return (
    <Card title='等您答复的代办申请' className='me-requests'>
      {requests.map((g) => (
        <View key={g.id} className='me-request'>
          <Text className='me-request__who'>{`${g.guardianName}（您的${GUARDIAN_RELATION_LABELS[g.relation]}）请求代您办理`}</Text>
          <Text className='me-request__what'>{g.requestedScopes.map((s) => SCOPE_LABELS[s]).join('、')}</Text>
          <Text className='me-request__state'>等您同意</Text>
          <View className='me-actions me-request__actions'>
            <Button onClick={() => Taro.navigateTo({ url: pageUrl('familyConsent', { guardianshipId: g.id, back: pageUrl('me') }) })}>
              同意（先看清每项的含义）
            </Button>
            <Button variant='secondary' loading={form.pending?.id === g.id} disabled={form.busy} onClick={() => void refuse(g)}>
              拒绝
            </Button>
          </View>
        </View>
      ))}
      <ErrorNotice error={form.failure} />
    </Card>
  );
}
