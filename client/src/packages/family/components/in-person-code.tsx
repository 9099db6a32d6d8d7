import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ApiError } from '@shared/api';
import { call, toApiError } from '../../../api';
import { Button, Card, ErrorNotice } from '../../../components';
import { chineseDateTime } from '@shared/time/china-time';

/**
 * 到社区当面核验: a one-time code the person shows, with her ID card, to a member of her family doctor
 * team, who types both in. Asking again replaces the code.
 */
export function InPersonCode() {
  const [code, setCode] = useState<{ code: string; expiresAt: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const ask = async () => {
    setBusy(true);
    setFailure(null);
    try {
      setCode(await call('resident.identityCode', {}));
    } catch (err) {
      setFailure(toApiError(err));
    } finally {
      setBusy(false);
    }
  };
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
      <ErrorNotice error={failure} />
      <View className='family-actions'>
        <Button variant='secondary' loading={busy} onClick={() => void ask()}>{code ? '换一个核验码' : '获取核验码'}</Button>
      </View>
    </Card>
  );
}
