import { Text } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../../../api';
import { EmptyState, ErrorNotice, Loading, Page } from '../../../../components';
import { VerifyForm } from '../../components/verify-form';
import { useLoader } from '../../../../lib/use-loader';
import '../../components/family.css';

/** For team members: family requests waiting for a face-to-face consent check, or for renewal. */
export default function StaffConsents() {
  const { data, loading, error, reload } = useLoader(() => call('resident.pendingConsents', {}), []);
  const [notice, setNotice] = useState<string | null>(null);

  const done = (message: string) => {
    setNotice(message);
    reload();
  };

  return (
    <Page title='核实代管授权' intro='居民本人（或儿童的监护人）到场时，核对身份证并当面确认同意'>
      {notice ? <Text className='family-success'>{notice}</Text> : null}
      {!data ? (
        loading ? <Loading /> : <ErrorNotice error={error} onRetry={reload} />
      ) : data.items.length === 0 ? (
        <EmptyState title='没有待核实的代管申请' />
      ) : (
        data.items.map((item) => <VerifyForm key={item.guardianship.id} item={item} onDone={done} />)
      )}
    </Page>
  );
}
