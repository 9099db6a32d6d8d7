import { addLocalDays, localDay, localMoment } from '../../shared/time/china-time';

type Call = (openid: string, action: string, input: Record<string, unknown>) => Promise<Record<string, unknown>>;

const STAFF = 'o-staff-zhangyi';
const MOTHER = 'o-resident-ligl';

/**
 * 李桂兰's three prescriptions from her team: amlodipine at 08:00 every day (started a week ago, with
 * the tablets she has left), a low-salt diet and brisk walking; and her last six mornings, five taken
 * and one forgotten, so the week's chart has something to show.
 */
export async function playReminderStory(call: Call, motherId: string, now: Date): Promise<void> {
  const today = localDay(now);
  const plan = await call(STAFF, 'reminder.savePlan', {
    residentId: motherId, drug: '苯磺酸氨氯地平片', dose: 1, unit: '片', times: ['08:00'], weekdays: null,
    startDate: addLocalDays(today, -6), endDate: null, meal: 'after', notes: '降压药，每天早饭后一片，不要自行停药', stock: 28,
  });
  await call(STAFF, 'reminder.setPrescriptions', {
    residentId: motherId,
    diet: [
      { heading: '低盐饮食', text: '每日食盐<5g，少吃咸菜、腊肉和酱料' },
      { heading: '多吃蔬果', text: '每天蔬菜500g、水果200g，少油少糖' },
    ],
    exercise: [
      { heading: '快走', text: '每周5次，每次30分钟，以微微出汗为宜' },
      { heading: '注意', text: '头晕、胸闷时立即停止，清晨血压高时不要锻炼' },
    ],
  });
  for (let back = 6; back >= 1; back -= 1) {
    if (back === 3) continue;
    const dueAt = localMoment(addLocalDays(today, -back), 8 * 60);
    await call(MOTHER, 'reminder.confirmDose', { residentId: motherId, planId: plan.id, dueAt: dueAt.toISOString(), state: 'taken' });
  }
}
