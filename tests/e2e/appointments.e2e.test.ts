import { startAppForFile, tap, visible } from './harness';
import { withCheckChar } from '../../shared/resident/id-number';
import { addDays, clockOf, dayOf } from '../../shared/appointment/local-time';
import { clearOfChinaMidnight } from './support/china-midnight';

const app = startAppForFile();

const MOTHER = 'o-resident-ligl';
const STAFF = 'o-staff-zhangyi';
const STATION = 'team-cg-shilonghu-f1';

/** 李桂兰 with her own record and an approved basic + 慢病管理包 contract with the 石龙湖 team. */
async function signedMother(): Promise<string> {
  const { profile } = await app.callAs(MOTHER, 'resident', 'createProfile', {
    subject: 'self', name: '李桂兰', gender: 'female', birthDate: '1946-03-08', idNumber: withCheckChar('53011419460308002'),
    phone: '13987650001', address: '昆明市呈贡区洛龙街道石龙湖社区3栋', gridId: 'cg-shilonghu-01', conditions: ['hypertension'], livesAlone: true,
  });
  const input = { residentId: profile.id, teamId: 'team-cg-shilonghu', packageCodes: ['chronic'] };
  const { hash } = await app.callAs(MOTHER, 'contract', 'preview', input);
  const contract = await app.callAs(MOTHER, 'contract', 'apply', { ...input, agreementHash: hash });
  await app.callAs(STAFF, 'contract', 'review', { contractId: contract.id, decision: 'approve' });
  return profile.id;
}

describe('appointments in the H5 build', () => {
  it('staff publish, she books, cancels and books again, the team records the visit, she rates it and sees 履约进度 move', async () => {
    // The journey books a slot a few minutes ahead on today's tab; within 15 minutes of midnight in
    // China that slot would fall on another day, so the journey starts just after midnight instead.
    await clearOfChinaMidnight(15);
    const residentId = await signedMother();
    // Her account starts in 长辈模式 in the demo accounts; the first pictures are in normal mode.
    await app.callAs(MOTHER, 'resident', 'setElderMode', { enabled: false });
    const tomorrow = addDays(dayOf(new Date()), 1);

    // 张毅 publishes tomorrow morning's clinic slots from the form.
    const staff = await app.pageAs(STAFF);
    await staff.goto(`${app.url}/packages/appointments/pages/staff/index`);
    await visible(staff, '发布号源').waitFor();
    await staff.locator('#field-from input').fill(tomorrow);
    await staff.locator('#field-to input').fill(tomorrow);
    await staff.getByRole('checkbox', { name: '周六' }).click();
    await staff.getByRole('checkbox', { name: '周日' }).click();
    await app.screenshot(staff, 'appointments-publish');
    await tap(staff, '发布');
    await visible(staff, /已发布\d+个号/).waitFor();

    // A slot starting in a few minutes, so that the visit can be marked within the test.
    const start = new Date(Math.ceil((Date.now() + 2 * 60_000) / 60_000) * 60_000);
    await app.callAs(STAFF, 'appointment', 'publish', {
      pointId: STATION, kind: 'clinic', from: dayOf(start), to: dayOf(start), weekdays: [1, 2, 3, 4, 5, 6, 7],
      windows: [{ start: clockOf(start), end: clockOf(new Date(start.getTime() + 10 * 60_000)) }], slotMinutes: 10, capacity: 2,
    });

    // She books tomorrow 08:30, cancels, then books the slot starting soon.
    const mother = await app.pageAs(MOTHER);
    await mother.goto(`${app.url}/packages/appointments/pages/index/index?residentId=${residentId}`);
    await visible(mother, '预约呈贡区石龙湖社区家庭医生团队').waitFor();
    await mother.getByRole('tab').filter({ hasText: `${Number(tomorrow.slice(5, 7))}月${Number(tomorrow.slice(8))}日` }).click();
    await mother.getByRole('radio', { name: /08:30-09:00/ }).locator('visible=true').click();
    await app.screenshot(mother, 'appointments-calendar');
    await tap(mother, '确认预约');
    // The browser's stand-in for WeChat's dialog asks about the reminder and cancellation messages.
    await visible(mother, '就诊前一天，用微信消息提醒您；团队停诊取消您的预约时，用微信消息告诉您').waitFor();
    await tap(mother, '允许');
    await visible(mother, '取消预约').waitFor();
    await tap(mother, '取消预约');
    await tap(mother, '确定');
    await visible(mother, '没有待就诊的预约').waitFor();
    await mother.getByRole('tab').first().click();
    await mother.getByRole('radio', { name: new RegExp(clockOf(start)) }).locator('visible=true').click();
    await tap(mother, '确认预约');
    await tap(mother, '不用了');
    await visible(mother, '取消预约').or(visible(mother, '就诊前2小时内不能在线取消')).first().waitFor();
    await app.screenshot(mother, 'appointments-booked');

    // Once the visit has started, 张毅 records what was done from the day's roster.
    await new Promise((r) => setTimeout(r, Math.max(0, start.getTime() - Date.now() + 5_000)));
    await staff.reload();
    await staff.getByRole('radio', { name: dayOf(start).slice(5) }).click();
    await visible(staff, '李桂兰 80岁 · 已预约').waitFor();
    await tap(staff, '服务记录');
    await staff.getByRole('checkbox', { name: '慢病面对面随访' }).click();
    await staff.getByRole('checkbox', { name: '测血压' }).click();
    await app.screenshot(staff, 'appointments-roster');
    await tap(staff, '保存服务记录');
    await visible(staff, '李桂兰 80岁 · 已就诊').waitFor();

    // She sees 履约进度 at 1/4 and rates the visit.
    await mother.reload();
    await visible(mother, '1/4').waitFor();
    await mother.getByRole('radio', { name: '5星' }).click();
    await mother.getByRole('checkbox', { name: '讲解清楚' }).click();
    await tap(mother, '提交评价');
    await visible(mother, /您的评价：★★★★★/).waitFor();
    await app.screenshot(mother, 'appointments-fulfilment');
    const fontSize = () => mother.locator('.ap-progress').locator('visible=true').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const normal = await fontSize();

    await app.callAs(MOTHER, 'resident', 'setElderMode', { enabled: true });
    await mother.reload();
    await mother.locator('.ui-page--elder').locator('visible=true').first().waitFor();
    await visible(mother, '1/4').waitFor();
    expect(await fontSize()).toBeGreaterThan(normal);
    await app.screenshot(mother, 'appointments-elder');
  }, 1_320_000);
});
