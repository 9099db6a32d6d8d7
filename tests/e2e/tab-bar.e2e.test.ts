import type { Page } from 'playwright-core';
import { searchMap, startAppForFile, visible } from './harness';
import { PEOPLE, setElderMode } from './support/a11y-data';

/**
 * The tab bar is our own (WeChat's cannot grow its labels): in elder mode its labels and tabs are as
 * large as the rest of the screen, and a page's sticky action bar rests above it, never under it.
 */
const app = startAppForFile();

async function mapResult(elder: boolean): Promise<Page> {
  await setElderMode(app, elder);
  const page = await app.pageAs(PEOPLE.mother);
  await page.goto(`${app.url}/pages/map/index`);
  await page.locator(elder ? '.ui-page--elder' : '.ui-page:not(.ui-page--elder)').locator('visible=true').first().waitFor();
  await searchMap(page, '石龙湖');
  await page.locator('.map-result').locator('visible=true').nth(1).click();
  await visible(page, '拨打电话 0871-67482316').waitFor();
  return page;
}

/** Where the visible tab bar and action bar are, and how large the tabs and their labels are. */
function measure(page: Page) {
  return page.evaluate(() => {
    const shown = (sel: string) => Array.from(document.querySelectorAll<HTMLElement>(sel)).filter((e) => e.checkVisibility());
    const tabs = shown('.ui-tab-bar [role="tab"]').map((t) => t.getBoundingClientRect());
    return {
      actionBottom: shown('.ui-action-bar')[0].getBoundingClientRect().bottom,
      tabBarTop: shown('.ui-tab-bar')[0].getBoundingClientRect().top,
      tabHeight: Math.min(...tabs.map((t) => t.height)),
      labelSize: Math.min(...shown('.ui-tab-bar__label').map((l) => parseFloat(getComputedStyle(l).fontSize))),
    };
  });
}

describe('the tab bar', () => {
  it.each([false, true])('keeps the map result’s call bar above it (elder mode %s)', async (elder) => {
    const page = await mapResult(elder);
    const m = await measure(page);
    expect(m.actionBottom).toBeLessThanOrEqual(m.tabBarTop + 1);
    await app.screenshot(page, `tab-bar-map-result-${elder ? 'elder' : 'normal'}`);
    await page.context().close();
  });

  it('grows in elder mode: labels of at least 18 px, tabs of at least 60 px', async () => {
    const first = await mapResult(false);
    const normal = await measure(first);
    await first.context().close();
    const page = await mapResult(true);
    const elder = await measure(page);
    await page.context().close();
    expect(elder.labelSize).toBeGreaterThan(normal.labelSize);
    expect(elder.labelSize).toBeGreaterThanOrEqual(18);
    expect(elder.tabHeight).toBeGreaterThanOrEqual(60);
  });
});
