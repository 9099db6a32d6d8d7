import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { formFields, SCREENSHOTS, searchMap, startAppForFile, tap, visible } from './harness';
import { withCheckChar } from '../../shared/resident/id-number';
import { addDays, dayOf } from '../../shared/appointment/local-time';
import { startOfLocalDay } from '../../shared/resident/age';

const app = startAppForFile();

/** 赵淑芬, a retiree from Harbin: her home contract is with a Harbin centre, not in the app. */
const VISITOR = 'o-e2e-zhaosf';
const SOJOURN_STAFF = 'o-staff-yangli';
const STATION = 'team-pe-sojourn-simao-f1';
const TEAM_NAME = '普洱思茅区旅居服务家庭医生团队';
const ID_NUMBER = withCheckChar('23010319560214002');

const { input: field } = formFields('sj');

/**
 * The date fields use the system date picker; in the H5 build that is Taro's wheel picker, whose
 * wheels are driven by touch. The test hands the picker the chosen day as its change event does.
 */
async function pickDay(page: Page, name: string, day: string): Promise<void> {
  const picker = page.locator(`.sj-field--${name} taro-picker-core`).locator('visible=true').first();
  await picker.evaluate((el, value) => el.dispatchEvent(new CustomEvent('change', { detail: { value }, bubbles: true })), day);
  await page.getByRole('button', { name: `${name === 'departure' ? '离开日期' : '到达日期'}：${day}` }).locator('visible=true').waitFor();
}

describe('a sojourn in 思茅区 in the H5 build', () => {
  it('a Harbin retiree registers for 3 months, the team approves, she books it, sees both teams and after the stay the summary', async () => {
    const today = dayOf(new Date());
    const departure = addDays(today, 90);
    await app.callAs(VISITOR, 'resident', 'createProfile', {
      subject: 'self', name: '赵淑芬', gender: 'female', birthDate: '1956-02-14', idNumber: ID_NUMBER,
      phone: '13904510021', address: '黑龙江省哈尔滨市道里区安静街12号', conditions: ['hypertension'],
    });
    await app.callAs(VISITOR, 'resident', 'setElderMode', { enabled: false });

    // She opens the app on the map and looks for where she will stay.
    const visitor = await app.pageAs(VISITOR);
    await visitor.goto(`${app.url}/`);
    await visible(visitor, /没有获得您的位置|暂时没能确定您的位置/).waitFor();
    await searchMap(visitor, '茶马古城');
    await visitor.locator('.map-result').locator('visible=true').first().click();
    await visible(visitor, '来这里旅居：登记旅居').waitFor();
    await app.screenshot(visitor, 'sojourn-map-entry');
    await tap(visitor, '来这里旅居：登记旅居');

    // The registration form, with the team's 康养 / 理疗 services and fees below it.
    await visitor.waitForURL(/\/packages\/sojourn\/pages\/register\/index\?teamId=team-pe-sojourn-simao/);
    await visible(visitor, '提交旅居登记').waitFor();
    await visible(visitor, '45元/次').waitFor();
    await tap(visitor, '提交旅居登记');
    await visible(visitor, '请填写离开日期').waitFor();
    await pickDay(visitor, 'departure', departure);
    await field(visitor, 'address').fill('普洱市思茅区茶马古城旅游小镇B区2栋301');
    await field(visitor, 'emergencyContact-name').fill('李晓光');
    await field(visitor, 'emergencyContact-phone').fill('13904510022');
    await field(visitor, 'homeInstitution-name').fill('哈尔滨市道里区安静社区卫生服务中心');
    await field(visitor, 'homeInstitution-phone').fill('0451-84601234');
    await field(visitor, 'conditions').fill('高血压8年');
    await visitor.getByRole('checkbox', { name: /居家测量记录/ }).locator('visible=true').click();
    await app.screenshot(visitor, 'sojourn-register-form');
    await tap(visitor, '提交旅居登记');
    await visitor.waitForURL(/\/pages\/me\/index/);
    await visible(visitor, '待旅居团队审核').waitFor();

    // 杨丽 of the sojourn team approves it from her guest list.
    const staff = await app.pageAs(SOJOURN_STAFF);
    await staff.goto(`${app.url}/pages/me/index`);
    await tap(staff, '旅居人员名单');
    await visible(staff, '赵淑芬').waitFor();
    await app.screenshot(staff, 'sojourn-guests-pending');
    await tap(staff, '通过');
    await visible(staff, '已通过赵淑芬的旅居登记').waitFor();
    await visible(staff, /赵淑芬，\d+岁/).waitFor();

    // She books the sojourn team's clinic tomorrow.
    const tomorrow = addDays(today, 1);
    await app.callAs(SOJOURN_STAFF, 'appointment', 'publish', {
      pointId: STATION, kind: 'clinic', from: tomorrow, to: tomorrow, weekdays: [1, 2, 3, 4, 5, 6, 7],
      windows: [{ start: '08:30', end: '10:30' }], slotMinutes: 30, capacity: 2,
    });
    const { self } = await app.callAs(VISITOR, 'resident', 'listMine', {});
    await visitor.goto(`${app.url}/packages/appointments/pages/index/index?residentId=${self.id}`);
    await visible(visitor, `预约${TEAM_NAME}`).waitFor();
    await visitor.getByRole('tab').filter({ hasText: `${Number(tomorrow.slice(5, 7))}月${Number(tomorrow.slice(8))}日` }).click();
    await visitor.getByRole('radio', { name: /08:30-09:00/ }).locator('visible=true').click();
    await tap(visitor, '确认预约');
    await tap(visitor, '允许');
    await visible(visitor, '取消预约').waitFor();
    await app.screenshot(visitor, 'sojourn-booked');

    // The me tab shows her home centre and the sojourn team with the stay's dates, also in elder mode.
    await visitor.goto(`${app.url}/pages/me/index`);
    await visible(visitor, `${today} 至 ${departure}`).waitFor();
    await visible(visitor, '哈尔滨市道里区安静社区卫生服务中心 0451-84601234').waitFor();
    await visible(visitor, `${TEAM_NAME} · 旅居中`).waitFor();
    await app.screenshot(visitor, 'sojourn-me-both-teams');
    await app.callAs(VISITOR, 'resident', 'setElderMode', { enabled: true });
    await visitor.reload();
    await visitor.locator('.ui-page--elder').locator('visible=true').first().waitFor();
    await visible(visitor, `${TEAM_NAME} · 旅居中`).waitFor();
    await app.screenshot(visitor, 'sojourn-me-both-teams-elder');

    // Before she leaves, 杨丽 writes the closing note, and sees it saved.
    await staff.reload();
    await field(staff, 'text').fill('旅居期间血压平稳（130-138/80-86 mmHg），做了中医体质辨识和两次艾灸。回家后继续每周测量两次。');
    await tap(staff, '保存小结');
    await visible(staff, '已保存的旅居小结').waitFor();
    await app.screenshot(staff, 'sojourn-guests-note');

    // The night after her departure day the stay ends; the notice opens the handback summary.
    const night = new Date(startOfLocalDay(addDays(departure, 1)).getTime() + 5 * 60_000);
    const run = await (await fetch(`${app.url}/__dev/timers/sojourn/endStays?at=${encodeURIComponent(night.toISOString())}`, { method: 'POST' })).json();
    expect(run).toMatchObject({ ok: true, data: { ended: 1 } });
    await visitor.goto(`${app.url}/pages/me/index`);
    await visible(visitor, '旅居已结束，可查看旅居健康小结').click();
    await visitor.waitForURL(/\/packages\/sojourn\/pages\/summary\/index\?stayId=/);
    await visible(visitor, '保存为图片').waitFor();
    await visible(visitor, /回家后继续每周测量两次/).waitFor();
    await app.screenshot(visitor, 'sojourn-summary-elder');

    // Saved as an image to show the home doctor: the same text, no ID number.
    const [download] = await Promise.all([visitor.waitForEvent('download'), tap(visitor, '保存为图片')]);
    expect(download.suggestedFilename()).toBe(`旅居健康小结-赵淑芬-${today}至${departure}.png`);
    const image = path.join(SCREENSHOTS, 'sojourn-summary-image.png');
    await download.saveAs(image);
    expect(fs.readFileSync(image).subarray(1, 4).toString()).toBe('PNG');
    await visible(visitor, '图片已下载').waitFor();
    expect(await visitor.locator('.taro_page').locator('visible=true').last().innerText()).not.toContain(ID_NUMBER.slice(6, 14));

    await app.callAs(VISITOR, 'resident', 'setElderMode', { enabled: false });
    await visitor.reload();
    await visitor.locator('.ui-page:not(.ui-page--elder)').locator('visible=true').first().waitFor();
    await visible(visitor, '保存为图片').waitFor();
    await app.screenshot(visitor, 'sojourn-summary');
  }, 420_000);
});
