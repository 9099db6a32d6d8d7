import { defineFunction } from '../core/define-function';
import { packages } from './handlers/packages';
import { preview } from './handlers/preview';
import { apply } from './handlers/apply';
import { switchTeam } from './handlers/switch-team';
import { renew } from './handlers/renew';
import { cancel } from './handlers/cancel';
import { review } from './handlers/review';
import { reviewQueue } from './handlers/review-queue';
import { reviewHistory } from './handlers/review-history';
import { get } from './handlers/get';
import { agreement } from './handlers/agreement';
import { mine } from './handlers/mine';
import { overview } from './handlers/overview';
import { notices, readNotices } from './handlers/read-notices';
import { expireContracts, renewalNotices } from './timers';

/**
 * Family-doctor contracts (签约): packages and eligibility, the agreement, applications and their
 * review, switching team (换签), renewal (续约), cancellation (解约) and the nightly runs that close
 * contracts at the end of their year and send the renewal notice.
 */
export const main = defineFunction(
  'contract',
  { packages, preview, apply, switchTeam, renew, cancel, review, reviewQueue, reviewHistory, get, agreement, mine, overview, notices, readNotices },
  { expireContracts, renewalNotices },
);
