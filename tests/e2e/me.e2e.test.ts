import { startAppForFile } from './harness';
import { expectWholePhoneScreen } from './support/screenshot-size';

const app = startAppForFile();

describe('the me tab in the H5 build', () => {
  it('sends a visitor without an identity to the persona picker and back to the me tab', async () => {
    const context = await app.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${app.url}/pages/me/index`);
    await page.waitForURL(/\/__dev\/login/);
    await app.screenshot(page, 'dev-login');
    await page.click('button[data-openid="o-resident-ligl"]');
    await page.waitForURL(/\/pages\/me\/index/);
    await page.getByText('李桂兰').first().waitFor();
    await page.getByText('长辈模式').first().waitFor();
    const file = await app.screenshot(page, 'me-tab');
    expectWholePhoneScreen(file);
    await context.close();
  });

  it('creates the account of a first-time visitor and shows it', async () => {
    const page = await app.pageAs('o-e2e-first-visit');
    await page.goto(`${app.url}/pages/me/index`);
    await page.getByText('微信用户').first().waitFor();
    await page.getByText('居民').first().waitFor();
    await page.context().close();
  });
});
