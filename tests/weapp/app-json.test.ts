import fs from 'node:fs';
import path from 'node:path';
import { WEAPP_DIR, allRoutes, readAppJson } from './support/mini-program';

const app = readAppJson();
const exists = (rel: string) => fs.existsSync(path.join(WEAPP_DIR, rel));

describe('app.json of the weapp build', () => {
  it('turns on WeChat privacy checks and declares location use with its reason', () => {
    expect(app.__usePrivacyCheck__).toBe(true);
    expect(app.requiredPrivateInfos).toEqual(expect.arrayContaining(['getLocation']));
    const permission = app.permission as Record<string, { desc: string }>;
    expect(permission['scope.userLocation'].desc).toMatch(/[\u4e00-\u9fa5]{6,}/);
  });

  it('keeps only the tabs in the main package; feature pages live in subpackages under packages/', () => {
    const tabs = (app.tabBar?.list ?? []).map((t) => t.pagePath);
    expect([...app.pages].sort()).toEqual([...tabs].sort());
    for (const sub of app.subPackages ?? []) expect(sub.root).toMatch(/^packages\/[a-z][a-z0-9-]*\/?$/);
  });

  it('ships every page as js, json and wxml, and every tab icon', () => {
    const missing = allRoutes(app).flatMap((route) =>
      ['.js', '.json', '.wxml'].filter((ext) => !exists(route + ext)).map((ext) => route + ext),
    );
    for (const tab of app.tabBar?.list ?? []) {
      for (const icon of [tab.iconPath, tab.selectedIconPath]) if (icon && !exists(icon)) missing.push(icon);
    }
    expect(missing).toEqual([]);
  });

  it('preloads only subpackages that exist, from pages that exist', () => {
    const roots = new Set((app.subPackages ?? []).flatMap((s) => [s.root.replace(/\/$/, ''), s.name].filter(Boolean)));
    const pages = new Set(allRoutes(app));
    for (const [page, rule] of Object.entries(app.preloadRule ?? {})) {
      expect(pages.has(page)).toBe(true);
      for (const pkg of rule.packages) expect(roots.has(pkg)).toBe(true);
    }
  });

  it('preloads the team subpackage from the map tab once that subpackage exists', () => {
    const hasTeam = (app.subPackages ?? []).some((s) => s.root.replace(/\/$/, '') === 'packages/team');
    const fromMap = app.preloadRule?.['pages/map/index']?.packages ?? [];
    if (hasTeam) expect(fromMap).toContain('packages/team');
    // The privacy guide is linked from the prompt a first-time user meets on the map tab.
    expect(fromMap).toContain('packages/privacy');
  });
});
