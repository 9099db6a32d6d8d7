import type { Page } from 'playwright-core';
import gcoord from 'gcoord';
import { searchMap, startAppForFile, visible } from './harness';

const app = startAppForFile();

const MOTHER = 'o-resident-ligl';
const DAUGHTER = 'o-resident-wangmin';

/** Every console error and uncaught exception of the page, from now on. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** Whether the search box's placeholder fits inside it (measured in its own font). */
const placeholderFits = (page: Page) =>
  page.locator('.map-search__input input').locator('visible=true').evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { text: input.placeholder, width: Math.ceil(ctx.measureText(input.placeholder).width), room };
  });

/** The height of the 查找 button against one line of its caption. */
const goButtonLines = (page: Page) =>
  page.locator('.map-search__go .ui-button').locator('visible=true').evaluate((button) => {
    const style = getComputedStyle(button);
    const content = button.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    return Math.round(content / (parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.4));
  });

describe('finding the team by name on the map tab', () => {
  it('opens the map with the phone location and logs no console error', async () => {
    const [lng, lat] = gcoord.transform([102.8503, 24.8706], gcoord.GCJ02, gcoord.WGS84) as [number, number];
    const page = await app.pageAs(DAUGHTER);
    const errors = consoleErrors(page);
    await page.context().grantPermissions(['geolocation'], { origin: app.url });
    await page.context().setGeolocation({ latitude: lat, longitude: lng, accuracy: 30 });
    await page.goto(`${app.url}/pages/map/index`);
    await visible(page, '您所在的网格').waitFor();
    await page.locator('.grid-map__me').locator('visible=true').waitFor();
    // 拨打电话 stays in reach at the bottom of the screen, as a tel: link in the browser.
    const dial = page.locator('.ui-action-bar a.ui-button').locator('visible=true');
    expect(await dial.getAttribute('href')).toBe('tel:087167482316');
    const bar = await page.locator('.ui-action-bar').locator('visible=true').boundingBox();
    expect(bar!.y + bar!.height).toBeLessThanOrEqual(page.viewportSize()!.height);
    await app.screenshot(page, 'map-located-action-bar');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('finds 呈贡 by its district name, lists each grid once, and clears the list on a blank search', async () => {
    const page = await app.pageAs(DAUGHTER);
    const errors = consoleErrors(page);
    await page.goto(`${app.url}/pages/map/index`);
    await visible(page, /没有获得您的位置|暂时没能确定您的位置/).waitFor();
    await searchMap(page, '呈贡');
    await visible(page, /找到 \d+ 个网格/).waitFor();
    const lines = await page.locator('.map-result').locator('visible=true').allInnerTexts();
    expect(lines.length).toBeGreaterThanOrEqual(10);
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines.every((l) => l.includes('呈贡区'))).toBe(true);
    await app.screenshot(page, 'map-search-district');

    await searchMap(page, '');
    await visible(page, '请输入要查找的小区、村或街道名称').waitFor();
    expect(await page.locator('.map-result').locator('visible=true').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits the placeholder and keeps 查找 on one line while searching on a 320px phone, in elder mode too', async () => {
    for (const [openid, elder] of [[DAUGHTER, false], [MOTHER, true]] as const) {
      const page = await app.pageAs(openid);
      const errors = consoleErrors(page);
      await page.setViewportSize({ width: 320, height: 640 });
      if (elder) {
        await page.goto(`${app.url}/pages/me/index`);
        await page.locator('.ui-page--elder').locator('visible=true').waitFor();
      }
      await page.goto(`${app.url}/pages/map/index`);
      await page.locator(elder ? '.ui-page--elder' : '.ui-page:not(.ui-page--elder)').locator('visible=true').first().waitFor();
      await visible(page, /没有获得您的位置|暂时没能确定您的位置/).waitFor();
      const fit = await placeholderFits(page);
      expect(fit.width).toBeLessThanOrEqual(fit.room);

      // Hold the search answer so the button is seen while it is loading.
      let release: () => void = () => undefined;
      const held = new Promise<void>((r) => (release = r));
      await page.route('**/functions/grid', async (route) => {
        if (['search', 'grid.search'].includes(route.request().postDataJSON()?.action)) await held;
        await route.continue();
      });
      await searchMap(page, '石龙湖');
      await page.locator('.map-search__go .ui-button__spinner').locator('visible=true').waitFor();
      expect(await goButtonLines(page)).toBe(1);
      await app.screenshot(page, elder ? 'map-search-loading-320-elder' : 'map-search-loading-320');
      release();
      await visible(page, '找到 3 个网格，请选择您住的地方').waitFor();
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});
