import fs from 'node:fs';
import path from 'node:path';
import { PAGES, TAB_PAGES, appPages, packageOf, pagePath, pageUrl, tabBarList, tabOf, type PageName } from '../../shared/pages/page-paths';

const root = path.resolve(__dirname, '../..');
const clientSrc = path.join(root, 'client/src');

function files(dir: string, match: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : files(full, match);
    return match.test(entry.name) ? [full] : [];
  });
}

describe('the page table', () => {
  it('names a page component for every row, and every page component has a row', () => {
    const rows = Object.values(PAGES).map((p) => `${p}.tsx`).sort();
    const onDisk = files(clientSrc, /^index\.tsx$/)
      .map((f) => path.relative(clientSrc, f).split(path.sep).join('/'))
      .filter((f) => /^(pages|packages\/[^/]+\/pages)\//.test(f))
      .sort();
    expect(onDisk).toEqual(rows);
  });

  it('puts only the tabs in the main package and groups every other page by its subpackage', () => {
    const { pages, subPackages } = appPages();
    expect(pages).toEqual(TAB_PAGES.map((t) => PAGES[t]));
    expect(pages[0]).toBe(PAGES.map);
    const rebuilt = subPackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`));
    expect(rebuilt.sort()).toEqual(Object.values(PAGES).filter((p) => p.startsWith('packages/')).sort());
    expect(new Set(subPackages.map((s) => s.root)).size).toBe(subPackages.length);
    expect(packageOf('teamCard')).toBe('packages/team');
    expect(packageOf('me')).toBeUndefined();
  });

  it('builds navigation urls with a leading slash and subscribe-message paths without, encoding the query', () => {
    expect(pageUrl('signContract', { contractId: 'ct 1/2' })).toBe('/packages/sign/pages/contract/index?contractId=ct%201%2F2');
    expect(pagePath('signContract', { contractId: 'ct-1' })).toBe('packages/sign/pages/contract/index?contractId=ct-1');
    expect(pageUrl('signChoose', { teamId: 't', purpose: undefined, reason: '', codes: ['a', 'b'] })).toBe(
      '/packages/sign/pages/choose/index?teamId=t&codes=a%2Cb',
    );
    expect(pageUrl('me')).toBe('/pages/me/index');
  });

  it('is the only place in the client and the functions that spells a page path', () => {
    const spelled = /['"`]\/?(?:pages|packages\/[a-z-]+\/pages)\/[a-z-]+\/index\b/;
    const sources = [
      ...files(clientSrc, /\.tsx?$/),
      ...files(path.join(root, 'cloudfunctions'), /\.ts$/),
      ...files(path.join(root, 'shared'), /\.ts$/),
    ].filter((f) => !f.endsWith(path.join('shared', 'pages', 'page-paths.ts')));
    const offenders = sources.filter((f) => spelled.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(root, f));
    expect(offenders).toEqual([]);
  });

  it('names every tab as a page of the table', () => {
    const names = Object.keys(PAGES) as PageName[];
    for (const tab of TAB_PAGES) expect(names).toContain(tab);
  });
});

describe('the tab bar', () => {
  it('lists every tab page for app.config.ts, with its label and both icons', () => {
    expect(tabBarList()).toEqual([
      { pagePath: 'pages/map/index', text: '地图', iconPath: 'assets/tabbar/map.png', selectedIconPath: 'assets/tabbar/map-active.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tabbar/me.png', selectedIconPath: 'assets/tabbar/me-active.png' },
    ]);
  });

  it('knows the tab of a page path in any of the forms Taro gives it, and no tab for other pages', () => {
    expect(tabOf('pages/me/index')).toBe('me');
    expect(tabOf('/pages/map/index?from=share')).toBe('map');
    expect(tabOf('/packages/sign/pages/index/index')).toBeUndefined();
    expect(tabOf('')).toBeUndefined();
  });
});
