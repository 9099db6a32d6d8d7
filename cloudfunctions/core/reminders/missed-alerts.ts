import type { SystemCtx } from '../context';
import { sendSubscribeMessage } from '../wx/subscribe-message';
import { thing, wxTime } from '../wx/fields';
import { NoticeRepository } from '../notices/notice-repository';
import { EventRepository, type Delivery } from './event-repository';
import { recipientsOfMany } from '../notices/recipients';
import { remindersPage } from './reminder-page';

const BATCH = 500;

/**
 * One hour after a dose with no answer (taken or skipped), tells each guardian with the reminders
 * scope, in the app and by subscribe message when they have one left (as Medisafe's Medfriend does).
 * Each occurrence is claimed first, so overlapping runs alert once; guardians are those whose consent
 * is in force at the moment of sending. Returns how many occurrences were escalated.
 */
export async function sendMissedDoseAlerts(ctx: SystemCtx, firedAt: Date): Promise<number> {
  const events = new EventRepository(ctx.db);
  let escalated = 0;
  for (;;) {
    const batch = await events.missedDue(firedAt, BATCH);
    if (batch.length === 0) return escalated;
    const people = await recipientsOfMany(ctx.db, batch.map((e) => e.residentId), 'reminders', firedAt, 'guardians');
    let changed = 0;
    for (const event of batch) {
      if (!(await events.claimMissedAlert(event._id, new Date(event.missedCheckAt!), ctx.now()))) continue;
      changed += 1;
      const entry = people.get(event.residentId);
      const guardians = entry?.people ?? [];
      if (guardians.length === 0) continue;
      escalated += 1;
      const name = entry!.resident.name;
      await new NoticeRepository(ctx.db).add(
        guardians.map((g) => g.openid),
        { residentId: event.residentId, contractId: null },
        {
          kind: 'missed_dose',
          title: `${name}可能漏服了药`,
          body: `${name} ${wxTime(new Date(event.dueAt))} 的${event.drug}（${event.instruction}）一小时内没有确认服用，请联系提醒一下。`,
        },
        ctx.now(),
      );
      const alerts: Delivery[] = [];
      for (const g of guardians) {
        const { status: result, errcode } = await sendSubscribeMessage(ctx, g.openid, {
          template: 'missedDoseAlert',
          page: remindersPage(event.residentId),
          data: { name1: name.slice(0, 10), thing2: thing(event.drug), time3: wxTime(new Date(event.dueAt)), thing4: thing('一小时内未确认服药，请联系提醒') },
        });
        alerts.push({ openid: g.openid, role: 'guardian', result, errcode });
      }
      await events.update(event._id, { missedAlerts: alerts, updatedAt: ctx.now() });
    }
    if (batch.length < BATCH || changed === 0) return escalated;
  }
}
