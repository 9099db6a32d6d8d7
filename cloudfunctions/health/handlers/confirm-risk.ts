import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { authorize } from '../../core/policy/authorize';
import { ReadingRepository } from '../../core/readings/reading-repository';
import { ResidentRepository } from '../../core/residents/resident-repository';
import { controlStatus, suggestedRisk } from '../../../shared/health/trend';
import { ELDERLY_RISK_LABELS } from '../../../shared/resident/classification';
import { ageOn } from '../../../shared/resident/age';

const DAY = 86_400_000;

/**
 * A staff member of the resident's team confirms her elderly risk colour (红黄绿), usually the one
 * her readings suggest; it is kept with who confirmed it, when, and what was suggested then, and the
 * access record shows the change.
 */
export const confirmRisk: Handler<'health.confirmRisk'> = async ({ residentId, level }, ctx) => {
  const access = await authorize(ctx, { residentId, permission: 'risk.confirm' });
  const now = ctx.now();
  const age = ageOn(access.resident.birthDate, now);
  if (age < 65) throw new AppError('NOT_ELIGIBLE', '老年人风险等级只适用于65岁及以上的居民');
  const readings = await new ReadingRepository(ctx.db).forResident(residentId, new Date(now.getTime() - 14 * DAY));
  const suggested = suggestedRisk(controlStatus(readings.map((r) => ({ values: r.values, level: r.level, measuredAt: new Date(r.measuredAt) })), age, now));
  const byName = access.actor?.staff?.name ?? '家庭医生团队';
  await new ResidentRepository(ctx.db).confirmRisk(residentId, { level, by: ctx.openid, byName, at: now, suggested }, now);
  return { level, label: ELDERLY_RISK_LABELS[level], confirmedAt: now.toISOString(), confirmedBy: byName };
};
