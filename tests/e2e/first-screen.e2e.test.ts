import { startAppForFile, visible } from './harness';
import { expectWholePhoneScreen } from './support/screenshot-size';

const app = startAppForFile();

/** Chrome's "Slow 3G" preset: 400 ms round trip, about 50 KB/s down. */
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (500 * 1024) / 8, uploadThroughput: (500 * 1024) / 8 };

describe('the first screen on a slow network', () => {
  it('shows a loading screen with the app name at once on slow 3G, and takes it away when the app has drawn its page', async () => {
    const page = await app.pageAs('o-resident-wangmin');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);

    // The HTML has arrived; the app's scripts (over 500 KB) are still on their way.
    await page.goto(`${app.url}/pages/map/index`, { waitUntil: 'commit' });
    const boot = page.getByRole('status').filter({ hasText: '正在加载…' });
    await boot.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await boot.getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('.ui-page').count()).toBe(0);
    await visible(page, '云岭家医').waitFor();
    const file = await app.screenshot(page, 'first-screen-slow-3g');
    expectWholePhoneScreen(file);

    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await visible(page, '家庭医生地图').waitFor({ timeout: 60_000 });
    expect(await page.locator('#yl-boot').count()).toBe(0);
    await page.context().close();
  });

  it('shows the loading screen in large text for someone who chose 长辈模式 before', async () => {
    const page = await app.pageAs('o-resident-ligl');
    await page.goto(`${app.url}/pages/me/index`);
    await page.locator('.ui-page--elder').locator('visible=true').waitFor();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
    await page.goto(`${app.url}/pages/map/index`, { waitUntil: 'commit' });
    const line = page.locator('#yl-boot .yl-boot__line');
    await line.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await page.locator('#yl-boot').getAttribute('class')).toBe('yl-boot--elder');
    expect(parseFloat(await line.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(20);
    await app.screenshot(page, 'first-screen-slow-3g-elder');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await page.locator('.ui-page--elder').locator('visible=true').waitFor({ timeout: 60_000 });
    expect(await page.locator('#yl-boot').count()).toBe(0);
    await page.context().close();
  });
});
