import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { authorize } from '../../core/policy/authorize';
import { auditActionLabel } from '../../../shared/policy/audit-labels';

const CURSOR = /^(\d{1,15})\|([A-Za-z0-9_-]{1,64})$/;

/**
 * Who looked at or acted on a resident's data and when, newest first, including refused attempts.
 * Pages are cut by (time, id), so entries of the same millisecond are neither lost nor repeated.
 */
export const auditTrail: Handler<'resident.auditTrail'> = async ({ residentId, before, limit }, ctx) => {
  await authorize(ctx, { residentId, permission: 'audit.read', action: 'resident.auditTrail' });
  const _ = ctx.db.command;
  let query: object = { residentId };
  if (before) {
    const m = CURSOR.exec(before);
    if (!m) throw new AppError('INVALID_INPUT', '翻页参数不正确', 'before');
    const at = new Date(Number(m[1]));
    query = _.and([{ residentId }, _.or([{ at: _.lt(at) }, { at: _.eq(at), _id: _.lt(m[2]) }])]);
  }
  const { data } = await ctx.db.collection('auditLog').where(query).orderBy('at', 'desc').orderBy('_id', 'desc').limit(limit + 1).get();
  const page = data.slice(0, limit) as Array<{ _id: string; at: Date; actorKind: 'self' | 'guardian' | 'staff' | 'other'; actorLabel: string; action: string; allowed: boolean }>;
  const last = page[page.length - 1];
  return {
    entries: page.map((e) => ({
      id: String(e._id),
      at: new Date(e.at).toISOString(),
      actorKind: e.actorKind,
      actorLabel: e.actorLabel,
      action: e.action,
      actionLabel: auditActionLabel(e.action),
      allowed: e.allowed,
    })),
    nextBefore: data.length > limit && last ? `${new Date(last.at).getTime()}|${last._id}` : null,
  };
};
