import type { Database } from '../cloudbase';
import { notify } from '../notices/notify';
import { PlanRepository, type PlanDoc } from './plan-repository';
import { daysOfStock, needsRefill } from '../../../shared/reminder/schedule';

type Env = { db: Database; now(): Date; log(message: string, extra?: Record<string, unknown>): void };

/**
 * When a plan's stock covers three days or fewer, tells the resident and the guardians with the
 * reminders scope in the app, once for this stock (a top-up re-arms it). Returns whether it told.
 */
export async function noticeRefill(env: Env, plan: PlanDoc, residentName: string): Promise<boolean> {
  if (plan.stock === null || plan.status !== 'active' || !needsRefill(plan.stock, plan.dose, plan)) return false;
  if (!(await new PlanRepository(env.db).claimRefillNotice(plan._id, env.now()))) return false;
  const days = Math.max(0, Math.floor(daysOfStock(plan.stock, plan.dose, plan)));
  await notify(env, {
    residentId: plan.residentId,
    scope: 'reminders',
    notice: {
      kind: 'refill_due',
      title: `${plan.drug}快用完了`,
      body: `${residentName}的${plan.drug}还剩 ${plan.stock}${plan.unit}，约够 ${days} 天，请及时找家庭医生开药。`,
    },
    message: null,
  });
  return true;
}
