import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { Contract } from '@shared/api/contract';
import type { SigningGuideView } from '@shared/api/grid';
import { paymentText } from '@shared/contract/signing-guide';
import { Card } from '../../../components';
import './sign.css';
import './next-steps.css';

function Step({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View className='sign-next__step'>
      <Text className='sign-next__title'>{title}</Text>
      {children}
    </View>
  );
}

/**
 * 接下来: after applying, how long the team's review takes, where and when the self-pay part is paid,
 * and what to bring, all from the team's own data.
 */
export function NextSteps({ contract, guide }: { contract: Contract; guide: SigningGuideView }) {
  return (
    <Card title='接下来' className='sign-next'>
      <Step title={`1. 团队审核（一般 ${guide.reviewDays} 个工作日内）`}>
        <Text className='sign-next__text'>审核结果会发到“我的”页的消息里；您允许过的话，微信也会通知您。</Text>
      </Step>
      <Step title='2. 缴费'>
        <Text className='sign-next__text'>{paymentText(guide, contract.fees.selfPayYuan)}</Text>
      </Step>
      {guide.station ? (
        <Step title='服务站'>
          <Text className='sign-next__text sign-next__text--strong'>{guide.station.name}</Text>
          <Text className='sign-next__text'>{`地址：${guide.station.address}`}</Text>
          <Text className='sign-next__text'>{`开放时间：${guide.station.hours}`}</Text>
        </Step>
      ) : null}
      <Step title='去服务站时请带上'>
        {guide.bring.map((item) => (
          <Text key={item} className='sign-next__item'>{`• ${item}`}</Text>
        ))}
      </Step>
    </Card>
  );
}
