import { defineFunction } from '../core/define-function';
import { record } from './handlers/record';
import { chart } from './handlers/chart';
import { triage } from './handlers/triage';
import { followUp } from './handlers/follow-up';
import { confirmRisk } from './handlers/confirm-risk';

/**
 * Chronic care at home (居家慢病管理): blood pressure, glucose and weight readings recorded by the
 * resident, her family or her team; charts against the guideline targets; urgent readings alert the
 * team and family at once; the team's triage list of who needs a call today, follow-ups recorded as
 * services, and the elderly risk colour confirmed from how well the numbers are controlled.
 */
export const main = defineFunction('health', { record, chart, triage, followUp, confirmRisk });
