import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { AuditLog } from '../../core/audit/audit-log';
import { authorize } from '../../core/policy/authorize';
import { auditActionLabel } from '../../../shared/policy/audit-labels';

const CURSOR = /^(\d{1,15})\|([A-Za-z0-9_-]{1,64})$/;

/**
 * Who looked at or acted on a resident's data and when, newest first, including refused attempts.
 * Pages are cut by (time, id), so entries of the same millisecond are neither lost nor repeated.
 */
export const auditTrail: Handler<'resident.auditTrail'> = async ({ residentId, before, limit }, ctx) => {
  await authorize(ctx, { residentId, permission: 'audit.read' });
  let cursor: { at: Date; id: string } | undefined;
  if (before) {
    const m = CURSOR.exec(before);
    if (!m) throw new AppError('INVALID_INPUT', '翻页参数不正确', 'before');
    cursor = { at: new Date(Number(m[1])), id: m[2] };
  }
  const { entries: page, more } = await new AuditLog(ctx.db).page(residentId, limit, cursor);
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
    nextBefore: more && last ? `${new Date(last.at).getTime()}|${last._id}` : null,
  };
};
