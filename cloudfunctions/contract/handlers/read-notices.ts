import type { Handler } from '../../core/define-function';
import { NoticeRepository, toNotice } from '../../core/notices/notice-repository';

/** Marks the caller's own notices as read; others' ids are ignored. */
export const readNotices: Handler<'contract.readNotices'> = async ({ ids }, ctx) => ({
  read: await new NoticeRepository(ctx.db).markRead(ctx.openid, ids, ctx.now()),
});

/** The caller's message centre: their own notices, newest first, with the unread count. */
export const notices: Handler<'contract.notices'> = async ({ limit }, ctx) => {
  const repo = new NoticeRepository(ctx.db);
  const [list, unread] = await Promise.all([repo.recent(ctx.openid, limit), repo.countUnread(ctx.openid)]);
  return { notices: list.map(toNotice), unread };
};
