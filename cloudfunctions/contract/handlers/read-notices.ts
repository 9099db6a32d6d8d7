import type { Handler } from '../../core/define-function';
import { markRead } from '../../core/contracts/notify';

/** Marks the caller's own notices as read; others' ids are ignored. */
export const readNotices: Handler<'contract.readNotices'> = async ({ ids }, ctx) => ({
  read: await markRead(ctx.db, ctx.openid, ids, ctx.now()),
});
