import type { Handler } from '../../core/define-function';
import { once } from '../../core/idempotency';
import { SubscriptionRepository } from '../../core/wx/subscription-repository';

/**
 * Counts what the caller accepted in WeChat's subscribe dialog, one message per acceptance, and says
 * what is left. A retry with the same requestId counts nothing twice.
 */
export const recordSubscriptions: Handler<'resident.recordSubscriptions'> = async ({ accepted }, ctx) => {
  const subscriptions = new SubscriptionRepository(ctx.db);
  await once(ctx, async () => {
    await subscriptions.grant(ctx.openid, accepted, ctx.now());
    return null;
  });
  return { remaining: await subscriptions.remaining(ctx.openid) };
};
