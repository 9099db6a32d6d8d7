import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import type { Contract } from '@shared/api/contract';
import { Button, Card } from '../../../components';
import { SIGN_ROUTES } from '../lib/routes';
import './sign.css';
import './next-steps.css';

/**
 * A turned-down application: the team's reason in its own words, and the way to fix and apply again,
 * with the same team and packages already chosen.
 */
export function Rejected({ contract }: { contract: Contract }) {
  const reapply = () =>
    Taro.navigateTo({
      url: SIGN_ROUTES.choose({ teamId: contract.team.id, codes: contract.packages.filter((p) => p.kind !== 'basic').map((p) => p.code) }),
    });
  return (
    <Card title='申请没有通过' className='sign-rejected'>
      <Text className='sign-rejected__label'>团队给出的原因</Text>
      <Text className='sign-rejected__reason'>{contract.review?.reason ?? '团队没有写明原因，请打电话问一问。'}</Text>
      <Text className='sign-hint'>{`按原因改好（比如补充健康档案、换一个服务包）后，可以再申请一次；有疑问请拨打团队电话 ${contract.team.phone}。`}</Text>
      <Button onClick={reapply}>修改后重新申请</Button>
    </Card>
  );
}
