import { formFields, startAppForFile, verifyIdentityAs, visible } from './harness';
import { clockOf } from '../../shared/appointment/local-time';
import { withCheckChar } from '../../shared/resident/id-number';
import { clearOfChinaMidnight } from './support/china-midnight';

const app = startAppForFile();

const MOTHER = 'o-resident-ligl';
const DAUGHTER = 'o-resident-wangmin';
const DRUG = '苯磺酸氨氯地平片';

const { fill } = formFields('rm');

/** The next whole minute at least three minutes from now, and its wall-clock time in Shanghai. */
function soon(): { at: Date; time: string } {
  const at = new Date(Math.ceil((Date.now() + 3 * 60_000) / 60_000) * 60_000);
  return { at, time: clockOf(at) };
}

describe('medication reminders in the H5 build', () => {
  it('a daughter sets up her mother’s reminder, the clock reaches it, WeChat delivers it, she confirms the dose and the week shows it', async () => {
    // The dose is set a few minutes ahead and confirmed from today's list; within 10 minutes of
    // midnight in China it would fall on tomorrow, so the journey starts just after midnight instead.
    await clearOfChinaMidnight(10);
    const mother = await app.callAs(MOTHER, 'resident', 'createProfile', {
      subject: 'self', name: '李桂兰', gender: 'female', birthDate: '1946-03-08', idNumber: withCheckChar('53011419460308002'),
      phone: '13987650001', address: '昆明市呈贡区洛龙街道石龙湖社区3栋', gridId: 'cg-shilonghu-01', conditions: ['hypertension'], livesAlone: true,
    });
    const residentId = mother.profile.id;
    await verifyIdentityAs(app, MOTHER, '李桂兰', withCheckChar('53011419460308002'));
    const request = await app.callAs(DAUGHTER, 'resident', 'requestAccess', {
      name: '李桂兰', idNumber: withCheckChar('53011419460308002'), relation: 'parent', scopes: ['view', 'reminders'],
    });
    await app.callAs(MOTHER, 'resident', 'respondToRequest', { guardianshipId: request.id, accept: true, scopes: ['view', 'reminders'] });

    const page = await app.pageAs(DAUGHTER);
    await page.goto(`${app.url}/packages/reminders/pages/index/index?residentId=${residentId}`);
    await visible(page, '李桂兰的三个处方').waitFor();
    await visible(page, '微信用药提醒已用完').waitFor();
    await visible(page, '再要一次提醒').click();
    await page.getByText('允许', { exact: true }).locator('visible=true').first().click();
    await visible(page, '还能收到 1 次微信用药提醒').waitFor();

    await visible(page, '添加用药提醒').click();
    await visible(page, '保存提醒').waitFor();
    await visible(page, '保存提醒').click();
    await visible(page, '请填写药品名称').waitFor();
    await app.screenshot(page, 'reminders-editor-invalid');
    const { at, time } = soon();
    await fill(page, 'drug', DRUG);
    await fill(page, 'times-0', time);
    await fill(page, 'stock', '30');
    await app.screenshot(page, 'reminders-editor');
    await visible(page, '保存提醒').click();
    await visible(page, `还剩 30片，约够 30 天`).waitFor();
    await visible(page, time).waitFor();
    await app.screenshot(page, 'reminders-plan-saved');

    // The clock reaches the dose: the every-minute timer fires for that moment.
    const tick = await (await fetch(`${app.url}/__dev/timers/reminder/tick?at=${encodeURIComponent(at.toISOString())}`, { method: 'POST' })).json();
    expect(tick).toMatchObject({ ok: true, data: { claimed: 1, sent: 1 } });
    const { list } = await (await fetch(`${app.url}/__dev/outbox?touser=${DAUGHTER}`)).json();
    expect(list).toEqual([
      expect.objectContaining({
        templateId: 'tmpl-medication-reminder',
        page: `packages/reminders/pages/index/index?residentId=${residentId}`,
        data: expect.objectContaining({ thing1: { value: DRUG }, thing2: { value: '1片 · 饭后' } }),
      }),
    ]);

    // She opens the page the message opens and confirms the dose with one tap.
    await page.goto(`${app.url}/${list[0].page}`);
    await visible(page, `已服 ${time} 的药`).click();
    await visible(page, '这一周按时服药 100%').waitFor();
    await visible(page, '还剩 29片，约够 29 天').waitFor();
    expect(await page.locator('.rm-badge--taken').locator('visible=true').count()).toBe(1);
    await page.getByText('已记录：已服').waitFor({ state: 'hidden' });
    await app.screenshot(page, 'reminders-taken');
  }, 900_000);
});
