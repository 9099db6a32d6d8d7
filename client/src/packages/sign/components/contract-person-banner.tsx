import Taro from '@tarojs/taro';
import { ActingAsBanner } from '../../../components';
import { SIGN_ROUTES } from '../lib/routes';

/**
 * The acting-for banner on a page about one person's contract: it makes that person the one acted for,
 * and choosing someone else leaves for that person's contracts (我的签约).
 */
export function ContractPersonBanner({ residentId }: { residentId: string }) {
  return (
    <ActingAsBanner
      follow={residentId}
      onSwitch={(chosen) => {
        if (chosen.residentId !== residentId) void Taro.redirectTo({ url: SIGN_ROUTES.mine });
      }}
    />
  );
}
