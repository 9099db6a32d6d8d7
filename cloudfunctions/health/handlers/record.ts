import type { Handler } from '../../core/define-function';
import { AppError } from '../../core/errors';
import { once } from '../../core/idempotency';
import { authorize, loadCurrentTeams } from '../../core/policy/authorize';
import { ReadingRepository, type ReadingDoc } from '../../core/readings/reading-repository';
import { alertUrgentReading } from '../../core/readings/reading-alerts';
import { toReading } from '../../core/readings/reading-views';
import { teamContact } from '../../core/readings/team-contact';
import { assess, type ReadingValues } from '../../../shared/health/readings';
import { ageOn } from '../../../shared/resident/age';

const MINUTE = 60_000;
/** How far back a reading may be entered (a paper diary brought up to date). */
const BACKDATE_DAYS = 90;

function valuesOf(input: Parameters<Handler<'health.record'>>[0]): ReadingValues {
  if (input.kind === 'bp') return { kind: 'bp', systolic: input.systolic!, diastolic: input.diastolic!, pulse: input.pulse ?? null };
  if (input.kind === 'glucose') return { kind: 'glucose', glucose: Math.round(input.glucose! * 10) / 10, timing: input.timing! };
  return { kind: 'weight', weight: Math.round(input.weight! * 10) / 10 };
}

/**
 * Records a reading for the resident (by herself, a guardian allowed to manage reminders, or staff
 * of her team), assesses it against her target and, when it is urgent, alerts the team and family
 * once. A retried request records it once.
 */
export const record: Handler<'health.record'> = async (input, ctx) => {
  const access = await authorize(ctx, { residentId: input.residentId, permission: 'readings.record' });
  const now = ctx.now();
  const measuredAt = input.measuredAt ? new Date(input.measuredAt) : now;
  if (measuredAt.getTime() > now.getTime() + 5 * MINUTE) throw new AppError('INVALID_INPUT', '测量时间不能晚于现在', 'measuredAt');
  if (measuredAt.getTime() < now.getTime() - BACKDATE_DAYS * 86_400_000) {
    throw new AppError('INVALID_INPUT', `只能补记${BACKDATE_DAYS}天以内的测量`, 'measuredAt');
  }
  const resident = access.resident;
  const values = valuesOf(input);
  const age = ageOn(resident.birthDate, measuredAt);
  const { level, urgent } = assess(values, age);
  const as = access.as === 'staff' ? 'staff' : access.as === 'guardian' ? 'guardian' : 'self';
  const doc: ReadingDoc = await once(ctx, () =>
    new ReadingRepository(ctx.db).add(
      {
        residentId: resident._id,
        values,
        level,
        urgent,
        measuredAt,
        recordedBy: { openid: ctx.openid, as, name: as === 'staff' ? (access.actor?.staff?.name ?? '家庭医生团队') : '' },
        note: input.note,
      },
      now,
    ),
  );
  const teams = await loadCurrentTeams(ctx, resident);
  const alerted = await alertUrgentReading(ctx, doc, resident.name, teams);
  return { reading: toReading(doc, age), team: await teamContact(ctx, teams), alerted };
};
