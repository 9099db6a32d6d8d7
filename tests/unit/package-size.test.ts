import fs from 'node:fs';
import path from 'node:path';
import { builtDir } from '../build-root';
import {
  BUDGET_KB,
  checkBudget,
  checkBuild,
  formatReport,
  measurePackages,
  subpackageRoots,
  type FileEntry,
} from '../../scripts/lib/package-size.mjs';

const KB = 1024;
const file = (p: string, kb: number): FileEntry => ({ path: p, bytes: Math.round(kb * KB) });

describe('mini-program package budget', () => {
  it('counts subpackage files only in their subpackage, and everything else in the main package', () => {
    const measured = measurePackages(
      [
        file('app.js', 100),
        file('base.wxml', 50),
        file('pages/me/index.js', 40),
        file('packages/family/pages/index/index.js', 30),
        file('packages/family/sub-common.js', 10),
        file('packages/privacy/pages/guide/index.js', 5),
        // A main-package folder whose name merely starts like a subpackage root stays in main.
        file('packages/family-extra.js', 1),
      ],
      subpackageRoots({ subPackages: [{ root: 'packages/family/' }, { root: 'packages/privacy' }] }),
    );

    expect(measured.main).toBe(191 * KB);
    expect(measured.subpackages).toEqual([
      { root: 'packages/family', bytes: 40 * KB },
      { root: 'packages/privacy', bytes: 5 * KB },
    ]);
    expect(measured.total).toBe(236 * KB);
  });

  it('passes a build within budget', () => {
    const result = checkBudget(
      measurePackages([file('app.js', 599.9), file('packages/team/a.js', 300)], ['packages/team']),
    );
    expect(result.ok).toBe(true);
    expect(result.rows.map((r) => r.over)).toEqual([false, false]);
  });

  it('fails when the main package is over 600 KB', () => {
    const result = checkBudget(measurePackages([file('app.js', 500), file('taro.js', 100.5)], []));
    expect(result.ok).toBe(false);
    expect(result.rows[0]).toMatchObject({ name: 'main', limitKb: 600, over: true });
    expect(formatReport(result)).toMatch(/^main\s+600\.5 KB \/ 600 KB\s+OVER BUDGET$/m);
  });

  it('fails when one subpackage is over 300 KB, even with the main package small', () => {
    const result = checkBudget(
      measurePackages(
        [file('app.js', 10), file('packages/sign/pages/a.js', 250), file('packages/sign/pages/b.js', 51)],
        ['packages/sign'],
      ),
    );
    expect(result.ok).toBe(false);
    expect(result.rows.find((r) => r.name === 'packages/sign')).toMatchObject({ over: true, limitKb: 300 });
  });

  it('uses the product budgets: 600 KB main, 300 KB per subpackage', () => {
    expect(BUDGET_KB).toEqual({ main: 600, subpackage: 300 });
  });

  const built = builtDir('weapp');
  const whenBuilt = fs.existsSync(path.join(built, 'app.json')) ? it : it.skip;
  whenBuilt('holds for the current weapp build', () => {
    const result = checkBuild(built);
    if (!result.ok) throw new Error(`over budget:\n${formatReport(result)}`);
    expect(result.rows[0].name).toBe('main');
  });
});
