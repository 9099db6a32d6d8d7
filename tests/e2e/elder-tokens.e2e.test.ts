import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startAppForFile, visible } from './harness';

const app = startAppForFile();

const MOTHER = 'o-resident-ligl'; // 长辈模式 on in her account
const DAUGHTER = 'o-resident-wangmin';
const TEAM_CARD = '/packages/team/pages/card/index?teamId=team-cg-shilonghu';

/** Computed font size (CSS px) and colour of the first visible element matching each selector. */
async function styles(page: Page, selectors: string[]) {
  return page.evaluate((sels) => {
    const out: Record<string, { size: number; color: string }> = {};
    for (const sel of sels) {
      const el = Array.from(document.querySelectorAll<HTMLElement>(sel)).find((e) => e.checkVisibility());
      if (!el) throw new Error(`${sel} not on screen`);
      const s = getComputedStyle(el);
      out[sel] = { size: parseFloat(s.fontSize), color: s.color };
    }
    return out;
  }, selectors);
}

async function openTeamCard(openid: string, elder: boolean) {
  const page = await app.pageAs(openid);
  await page.goto(`${app.url}/pages/me/index`);
  await page.locator(elder ? '.ui-page--elder' : '.ui-page:not(.ui-page--elder)').locator('visible=true').first().waitFor();
  await page.goto(`${app.url}${TEAM_CARD}`);
  await visible(page, '张毅').waitFor();
  return page;
}

describe('elder mode as design tokens', () => {
  const PARTS = ['.team-member__name', '.team-role', '.team-line', '.ui-page__title', '.ui-card__title'];

  it('the team card has no elder-mode CSS of its own', () => {
    const css = fs.readFileSync(path.resolve(__dirname, '../../client/src/packages/team/components/team.css'), 'utf8');
    expect(css).not.toContain('ui-page--elder');
  });

  it('still makes the team card large and dark in elder mode, from the switched tokens alone', async () => {
    const normal = await openTeamCard(DAUGHTER, false);
    const small = await styles(normal, PARTS);
    await normal.context().close();
    const elder = await openTeamCard(MOTHER, true);
    const large = await styles(elder, PARTS);
    await elder.context().close();

    for (const part of PARTS) expect(large[part].size).toBeGreaterThan(small[part].size);
    // 适老化: every text at least 18 px, the largest at least 30 px (design px scale with the 390 px screen).
    for (const part of PARTS) expect(large[part].size).toBeGreaterThanOrEqual(18);
    expect(large['.ui-page__title'].size).toBeGreaterThanOrEqual(30);
    expect(large['.team-member__name'].color).toBe('rgb(0, 0, 0)');
  });
});
