import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ZVerifyIdentityInPersonInput } from '@shared/api/identity';
import { call } from '../../../../api';
import { Button, Card, ErrorNotice, Page } from '../../../../components';
import { TextField } from '../../components/text-field';
import { useSubmit } from '../../../../lib/use-submit';
import '../../components/family.css';

type Input = { code: string; idNumber: string };

/**
 * For team members: a resident shows her ID card and the 6-digit code from her phone (核验本人身份 →
 * 获取核验码); the staff member checks the face against the card and types the card's number and the
 * code. Her WeChat account becomes the verified owner of the record of that number.
 */
export default function StaffIdentity() {
  const [code, setCode] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const form = useSubmit({
    check: ZVerifyIdentityInPersonInput,
    fields: ['code', 'idNumber'],
    send: (value: Input, requestId) => call('resident.verifyIdentityInPerson', value, { requestId }),
    onDone: (result) => {
      setDone(result.outcome === 'claimed'
        ? `已核验${result.residentName}本人身份，档案已转到本人的微信账号，原持有人不能再访问`
        : `已核验${result.residentName}本人身份`);
      setCode('');
      setIdNumber('');
    },
  });
  const { errors } = form;
  return (
    <Page title='当面核验身份' intro='居民本人到场时，核对身份证上的照片与本人相符，再输入证件号码和居民手机上显示的核验码'>
      {done ? <View ariaRole='status'><Text className='family-success'>{done}</Text></View> : null}
      <Card>
        <TextField name='idNumber' label='身份证号码（按证件填写）' type='idcard' value={idNumber} onChange={setIdNumber} error={errors.idNumber} maxlength={22} />
        <TextField name='code' label='居民出示的核验码' type='number' value={code} onChange={setCode} error={errors.code} maxlength={6} hint='居民在“我的 → 核验本人身份”中获取，30分钟内有效' />
        <ErrorNotice error={form.failure} />
        <View className='family-actions'>
          <Button loading={form.busy} onClick={() => void form.submit({ code, idNumber })}>确认是本人</Button>
        </View>
      </Card>
      <Text className='family-note'>核验会记入居民的访问记录。不能为自己或自己的家人核验，请由团队其他成员办理。</Text>
    </Page>
  );
}
