import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { z } from 'zod';
import type { ActionOutput } from '@shared/api';
import { ZIdNumber, ZName } from '@shared/api/resident-profile';
import { pageUrl } from '@shared/pages/page-paths';
import { call } from '../../../../api';
import { Button, Card, ErrorNotice, InfoRow, Loading, Page, setActingAs } from '../../../../components';
import { TextField } from '../../components/text-field';
import { InPersonCode } from '../../components/in-person-code';
import { faceCheck } from '../../lib/face-check';
import { takeClaimDraft } from '../../lib/claim-draft';
import { usePageParams } from '../../../../lib/use-page-params';
import { useLoader } from '../../../../lib/use-loader';
import { formatLocalDate } from '../../../../lib/date';
import { finishDetour } from '../../../../lib/return-to';
import { useSubmit } from '../../../../lib/use-submit';
import '../../components/family.css';

const ZPerson = z.object({ name: ZName, idNumber: ZIdNumber });
type Person = { name: string; idNumber: string };
type Outcome = ActionOutput<'resident.verifyIdentity'>;

/** What waits until the person proves who she is. */
function WhyVerify({ claim }: { claim: boolean }) {
  return (
    <Card title={claim ? '认领您的健康档案' : '为什么要核验身份'}>
      {claim ? (
        <Text className='family-note'>
          这个身份证号已被登记。如果是您本人，核验通过后档案归您所有；之前登记这份档案的人将不能再查看或办理，家人为您建档时提出的代管申请由您决定是否同意。
        </Text>
      ) : (
        <Text className='family-note'>
          核验前，您可以照常签约、预约和记录健康数据；家人的代管申请、谁代管您、谁看过您的信息会先替您保留，核验是本人后才交给您，防止别人冒用您的身份证号。
        </Text>
      )}
    </Card>
  );
}

/**
 * 核验本人身份: 人脸核身 (the name and ID number on one's card, then the face) or a code to show the
 * family doctor team with the ID card. From registration (`?claim=1`) it claims a record someone else
 * registered with the person's number. Returns to `back` when done.
 */
export default function IdentityPage() {
  const params = usePageParams();
  const [draft] = useState(takeClaimDraft);
  const { data, loading, error, reload } = useLoader(() => call('resident.listMine', {}), []);
  const self = data?.self ?? null;
  const claim = params.claim === '1' || (data !== null && !self);
  const [name, setName] = useState(draft?.name ?? '');
  const [idNumber, setIdNumber] = useState(draft?.idNumber ?? '');
  const shownName = name || (self?.name ?? '');

  const form = useSubmit({
    check: ZPerson,
    fields: ['name', 'idNumber', 'verifyResult'],
    send: async (person: Person, requestId): Promise<Outcome> => {
      const verifyResult = await faceCheck(person.name.trim(), person.idNumber);
      return self && !params.claim
        ? call('resident.verifyIdentity', { verifyResult }, { requestId })
        : call('resident.claimProfile', { ...person, verifyResult }, { requestId });
    },
    onDone: ({ outcome, profile }) => {
      setActingAs({ residentId: profile.id, name: profile.name, self: true });
      const notice = outcome === 'claimed' ? '身份已核验，档案已归您所有' : '身份已核验';
      return finishDetour(params.back, pageUrl('me'), notice);
    },
  });
  const { errors } = form;

  if (!data) {
    return (
      <Page title='核验本人身份'>
        {loading ? <Loading /> : <ErrorNotice error={error} onRetry={reload} />}
      </Page>
    );
  }
  if (self?.identity.verified && !params.claim) {
    return (
      <Page title='核验本人身份'>
        <Card title='您的身份已核验'>
          <InfoRow label='核验方式' value={self.identity.method === 'face' ? '人脸核身' : '家庭医生团队当面核验'} />
          {self.identity.at ? <InfoRow label='核验时间' value={formatLocalDate(self.identity.at)} /> : null}
        </Card>
      </Page>
    );
  }
  return (
    <Page title='核验本人身份' intro='请填写本人身份证上的姓名和号码，然后按提示完成人脸识别'>
      <WhyVerify claim={claim} />
      <Card title='人脸核身'>
        <TextField name='name' label='姓名' value={shownName} onChange={setName} error={errors.name} maxlength={30} />
        <TextField name='idNumber' label='身份证号码' type='idcard' value={idNumber} onChange={setIdNumber} error={errors.idNumber ?? errors.verifyResult} maxlength={22} hint='与身份证上的号码一致，仅用于本次核验' />
        <ErrorNotice error={form.failure} />
        <View className='family-actions'>
          <Button loading={form.busy} onClick={() => void form.submit({ name: shownName, idNumber })}>开始人脸核身</Button>
        </View>
      </Card>
      <InPersonCode />
    </Page>
  );
}
