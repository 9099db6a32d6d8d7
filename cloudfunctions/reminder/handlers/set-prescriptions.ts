import type { Handler } from '../../core/define-function';
import { once } from '../../core/idempotency';
import { authorize } from '../../core/policy/authorize';
import { PrescriptionRepository } from '../../core/reminders/prescription-repository';

/** The team writes (or rewrites) the resident's diet and exercise prescriptions. */
export const setPrescriptions: Handler<'reminder.setPrescriptions'> = (input, ctx) =>
  once(ctx, async () => {
    const access = await authorize(ctx, { residentId: input.residentId, permission: 'prescriptions.write' });
    const staff = access.actor?.staff;
    const label = staff ? `${staff.name}（${staff.role}）` : '家庭医生团队';
    const now = ctx.now();
    await new PrescriptionRepository(ctx.db).save({
      _id: input.residentId,
      diet: input.diet,
      exercise: input.exercise,
      author: { openid: ctx.openid, label },
      updatedAt: now,
    });
    return { diet: input.diet, exercise: input.exercise, author: label, updatedAt: now.toISOString() };
  }, {
    // The access check above runs on the first call only: a replay must pass it again.
    replay: async () => {
      await authorize(ctx, { residentId: input.residentId, permission: 'prescriptions.write' });
    },
  });
