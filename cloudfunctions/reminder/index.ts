import { defineFunction } from '../core/define-function';
import { overview } from './handlers/overview';
import { savePlan } from './handlers/save-plan';
import { endPlan } from './handlers/end-plan';
import { confirmDose } from './handlers/confirm-dose';
import { setPrescriptions } from './handlers/set-prescriptions';
import { quota } from './handlers/quota';
import { runShard, tick } from './timers';

/**
 * Medication reminders (用药提醒) and the three prescriptions (用药、膳食、运动): plans, the
 * every-minute tick that sends due reminders and alerts families of missed doses, dose confirmation,
 * adherence, refill notices and the product's own count of subscribe-message acceptances.
 */
export const main = defineFunction(
  'reminder',
  { overview, savePlan, endPlan, confirmDose, setPrescriptions, quota },
  { tick },
  { runShard },
);
