import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ActionOutput } from '@shared/api';
import { ELDERLY_RISK_LABELS } from '@shared/resident/classification';
import { call } from '../../../api';
import { Button, Card, ErrorNotice, InfoRow } from '../../../components';
import { focusable, roleOf } from '../../../lib/a11y';
import { formatLocalDate } from '../../../lib/date';
import { useSubmit } from '../../../lib/use-submit';
import { feeText, PURPOSE_TEXT } from '../lib/labels';
import { ReasonField } from './reason-field';

type Item = ActionOutput<'contract.reviewQueue'>['items'][number];

/** The usual reasons, one tap each; the reviewer can still change the words. */
const QUICK_REASONS = ['住址不在本团队的服务网格内，请选择负责您住址的团队', '所选服务包的条件不符，请调整服务包后重新申请', '健康档案信息需要核实，请带身份证到服务站面谈'];

/**
 * What bears on the care the person will need, at a glance: living alone, the elderly risk level
 * (the clinical label: only staff see it) and the health risks on record.
 */
function CareFlags({ resident }: { resident: Item['resident'] }) {
  const flags = [
    ...(resident.livesAlone ? [{ text: '独居', tone: 'wait' }] : []),
    ...(resident.elderlyRisk ? [{ text: `老年人风险 ${ELDERLY_RISK_LABELS[resident.elderlyRisk]}`, tone: resident.elderlyRisk === 'green' ? 'ok' : 'wait' }] : []),
    ...resident.riskFactors.map((f) => ({ text: f, tone: 'off' })),
  ];
  if (flags.length === 0) return null;
  return (
    <View className='sign-review__flags' ariaLabel={`需要留意：${flags.map((f) => f.text).join('、')}`}>
      {flags.map((f) => (
        <Text key={f.text} className={`sign-badge sign-badge--${f.tone}`}>{f.text}</Text>
      ))}
    </View>
  );
}

/** One application waiting for review: who applies, for what, and approve (confirmed) or turn down with a reason. */
export function ReviewCard({ item, onDone }: { item: Item; onDone: (message: string) => void }) {
  const { contract, resident } = item;
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const form = useSubmit({
    fields: rejecting ? ['reason'] : [],
    send: (decision: 'approve' | 'reject', requestId) =>
      call('contract.review', { contractId: contract.id, decision, ...(decision === 'reject' ? { reason } : {}) }, { requestId }),
    onDone: (_, decision) => onDone(decision === 'approve' ? `已通过${resident.name}的${PURPOSE_TEXT[contract.purpose]}申请` : `已退回${resident.name}的申请`),
  });
  const busy = form.pending;
  const decide = (decision: 'approve' | 'reject') => void form.submit(decision);
  // Approving starts a year of service and tells the resident: it is confirmed first.
  const approve = async () => {
    const packages = contract.packages.map((p) => p.name).join('、');
    const { confirm } = await Taro.showModal({
      title: `通过${resident.name}的${PURPOSE_TEXT[contract.purpose]}申请？`,
      content: `服务包：${packages}。通过后签约生效，居民会收到通知。`,
      confirmText: '确认通过',
      cancelText: '再看看',
    });
    if (confirm) decide('approve');
  };

  return (
    <Card className='sign-review'>
      <View className='sign-summary__head'>
        <Text className='sign-review__person'>{`${resident.name}，${resident.gender === 'female' ? '女' : '男'}，${resident.age}岁`}</Text>
        <Text className='sign-badge sign-badge--wait'>{PURPOSE_TEXT[contract.purpose]}</Text>
      </View>
      <InfoRow label='身份证' value={resident.idNumberMasked} />
      <View className='ui-row'>
        <Text className='ui-row__label'>联系电话</Text>
        <Text className='ui-link' {...roleOf('link')} {...focusable} onClick={() => void Taro.makePhoneCall({ phoneNumber: resident.phone })}>
          {resident.phone}
        </Text>
      </View>
      <InfoRow label='所在网格' value={resident.area} />
      <CareFlags resident={resident} />
      {resident.priorityGroups.length > 0 ? <InfoRow label='重点人群' value={resident.priorityGroups.join('、')} /> : null}
      {resident.conditions.length > 0 ? <InfoRow label='慢性病' value={resident.conditions.join('、')} /> : null}
      {resident.currentTeamName ? <InfoRow label='现签约团队' value={resident.currentTeamName} /> : null}
      {contract.reason ? <InfoRow label='换签原因' value={contract.reason} /> : null}
      <InfoRow label='提交' value={`${formatLocalDate(contract.submittedAt)} · ${contract.signedBy.label}`} />
      <View className='sign-summary__packages'>
        {resident.packageChecks.map((p) => {
          const line = contract.packages.find((x) => x.code === p.code);
          return (
            <View key={p.code} className='sign-summary__package'>
              <Text className='sign-summary__package-name'>{p.name}</Text>
              {line ? <Text className='sign-summary__package-fee'>{feeText(line)}</Text> : null}
              <Text className={`sign-review__check sign-review__check--${p.eligible ? 'ok' : 'no'}`}>{p.eligible ? `✓ ${p.note}` : `✕ ${p.note}`}</Text>
            </View>
          );
        })}
      </View>
      {rejecting ? (
        <>
          <View className='sign-quick-reasons'>
            {QUICK_REASONS.map((r) => (
              <View key={r} className='sign-quick-reason' ariaRole='button' hoverClass='sign-package--pressed' onClick={() => setReason(r)}>
                <Text>{r}</Text>
              </View>
            ))}
          </View>
          <ReasonField label='不通过的理由（居民会看到）' value={reason} onChange={setReason} error={form.errors.reason} />
        </>
      ) : null}
      <ErrorNotice error={form.failure} />
      <View className='sign-actions'>
        {rejecting ? (
          <>
            <Button loading={busy === 'reject'} onClick={() => decide('reject')}>
              确认不通过
            </Button>
            <Button variant='secondary' onClick={() => setRejecting(false)}>
              取消
            </Button>
          </>
        ) : (
          <>
            <Button loading={busy === 'approve'} onClick={() => void approve()}>
              通过
            </Button>
            <Button variant='secondary' onClick={() => setRejecting(true)}>
              不通过
            </Button>
          </>
        )}
      </View>
    </Card>
  );
}
