import type { Handler } from '../../core/define-function';
import { NoticeRepository } from '../../core/notices/notice-repository';

/** Marks the caller's own notices as read; others' ids are ignored. */
export const readNotices: Handler<'contract.readNotices'> = async ({ ids }, ctx) => ({
  read: await new NoticeRepository(ctx.db).markRead(ctx.openid, ids, ctx.now()),
});
