import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../../api';
import { Button, Card, ErrorNotice } from '../../../components';
import { chineseDateTime } from '@shared/time/china-time';
import { useSubmit } from '../../../lib/use-submit';

/**
 * 到社区当面核验: a one-time code the person shows, with her ID card, to a member of her family doctor
 * team, who types both in. Asking again replaces the code.
 */
export function InPersonCode() {
  const [code, setCode] = useState<{ code: string; expiresAt: string } | null>(null);
  // No field to point at: whatever fails is said under the code.
  const form = useSubmit({ fields: [], send: (input: Record<string, never>) => call('resident.identityCode', input), onDone: setCode });
  return (
    <Card title='不方便刷脸？到社区当面核验'>
      <Text className='family-note'>带上身份证到家庭医生团队（社区卫生服务站），出示下面的核验码，由医生核对后完成核验。</Text>
      {code ? (
        <View className='family-code' ariaRole='status'>
          <View ariaLabel={`核验码 ${code.code.split('').join(' ')}`}>
            <Text className='family-code__digits'>{code.code}</Text>
          </View>
          <Text className='family-note'>{`${chineseDateTime(new Date(code.expiresAt))}前有效，只能用一次`}</Text>
        </View>
      ) : null}
      <ErrorNotice error={form.failure} />
      <View className='family-actions'>
        <Button variant='secondary' loading={form.busy} onClick={() => void form.submit({})}>{code ? '换一个核验码' : '获取核验码'}</Button>
      </View>
    </Card>
  );
}
