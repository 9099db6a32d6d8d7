import gcoord from 'gcoord';
import { searchMap, startAppForFile, visible } from './harness';
import { expectWholePhoneScreen } from './support/screenshot-size';

const app = startAppForFile();

const MOTHER = 'o-resident-ligl';
const DAUGHTER = 'o-resident-wangmin';

describe('the family-doctor map in the H5 build', () => {
  it('finds 石龙湖 by name without location, opens the team card and shows its members and phone', async () => {
    const page = await app.pageAs(MOTHER);
    // She uses 长辈模式: the me tab loads her account, and the app keeps the setting for every screen.
    await page.goto(`${app.url}/pages/me/index`);
    await page.locator('.ui-page--elder').locator('visible=true').waitFor();
    await page.goto(`${app.url}/pages/map/index`);
    await page.locator('.ui-page--elder').locator('visible=true').waitFor();
    // No location permission in this browser: the map says so and offers the search box.
    await visible(page, /没有获得您的位置|暂时没能确定您的位置/).waitFor();
    await searchMap(page, '石龙湖');
    await visible(page, /找到 3 个网格/).waitFor();
    expect(await page.locator('.map-result').locator('visible=true').count()).toBe(3);
    await app.screenshot(page, 'map-search-results-elder');

    await page.locator('.map-result').locator('visible=true').nth(1).click();
    await visible(page, '石龙湖社区第二网格').waitFor();
    await visible(page, '呈贡区石龙湖社区家庭医生团队').waitFor();
    await page.locator('.grid-map__grid--mine').locator('visible=true').waitFor();
    await visible(page, '拨打电话 0871-67482316').waitFor();
    await visible(page, '石龙村老年活动室流动服务点').waitFor();
    await app.screenshot(page, 'map-search-chosen-elder');

    await visible(page, '查看团队成员和服务点').click();
    await page.waitForURL(/\/packages\/team\/pages\/card\/index\?teamId=team-cg-shilonghu/);
    await visible(page, '张毅').waitFor();
    await visible(page, '团队长').waitFor();
    for (const role of ['全科医生', '护士', '公卫医生', '专科医生']) await visible(page, role).waitFor();
    await visible(page, '拨打电话 0871-67482316').waitFor();
    await visible(page, '每月第2、4周周四上午').waitFor();
    const file = await app.screenshot(page, 'team-card-shilonghu-elder');
    expectWholePhoneScreen(file);

    await visible(page, '与该团队签约').click();
    await page.waitForURL(/\/packages\/sign\/pages\/choose\/index\?teamId=team-cg-shilonghu/);
    await page.context().close();
  });

  it('locates the daughter from her phone in one step and shows her grid on the map', async () => {
    const [lng, lat] = gcoord.transform([102.8503, 24.8706], gcoord.GCJ02, gcoord.WGS84) as [number, number];
    const page = await app.pageAs(DAUGHTER);
    await page.context().grantPermissions(['geolocation'], { origin: app.url });
    await page.context().setGeolocation({ latitude: lat, longitude: lng, accuracy: 30 });
    await page.goto(`${app.url}/pages/map/index`);
    await visible(page, '您所在的网格').waitFor();
    await visible(page, '石龙湖社区第二网格').waitFor();
    await page.locator('.grid-map__me').locator('visible=true').waitFor();
    await visible(page, /距您约/).waitFor();
    await app.screenshot(page, 'map-located');

    // Tapping the neighbouring grid to the east shows the team responsible there.
    await page.locator('[data-grid-id="cg-langjiaying-02"]').locator('visible=true').click();
    await visible(page, '郎家营社区第二网格').waitFor();
    await visible(page, '呈贡区郎家营社区家庭医生团队').waitFor();
    await page.context().close();
  });

  it('shows a Nujiang mountain team with its mobile points and their next dates', async () => {
    const page = await app.pageAs(DAUGHTER);
    await page.goto(`${app.url}/packages/team/pages/card/index?teamId=team-nj-pihe-1`);
    await visible(page, '匹河怒族乡第一家庭医生团队').waitFor();
    await visible(page, '知子罗村流动服务点').waitFor();
    await visible(page, '时间：每月第1、3周周三上午').waitFor();
    expect(await page.locator('.team-date').locator('visible=true').count()).toBe(9);
    expect(await page.locator('.team-role', { hasText: '乡村医生' }).locator('visible=true').count()).toBe(2);
    await app.screenshot(page, 'team-card-nujiang');
    await page.context().close();
  });

  it('says plainly when a name is not found and when the team does not exist', async () => {
    const page = await app.pageAs(DAUGHTER);
    await page.goto(`${app.url}/pages/map/index`);
    await searchMap(page, '香格里拉');
    await visible(page, '没有找到“香格里拉”').waitFor();
    await page.goto(`${app.url}/packages/team/pages/card/index?teamId=team-nowhere`);
    await visible(page, '没有找到这个家庭医生团队，请返回重新选择').waitFor();
    await page.context().close();
  });
});
