import type { Handler } from '../../core/define-function';
import { quotaOf } from '../../core/reminders/quota';

/** The caller's own remaining reminder messages (what they accepted is recorded by resident.recordSubscriptions). */
export const quota: Handler<'reminder.quota'> = async (_input, ctx) => quotaOf(ctx.db, ctx.openid);
