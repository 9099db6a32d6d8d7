import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const TOKENS = 'client/src/components/ui-tokens.css';

function stylesheets(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) return stylesheets(rel);
    return /\.(css|scss|less)$/.test(e.name) ? [rel] : [];
  });
}
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The custom properties a block of ui-tokens.css sets: `.ui-page, … {…}` or `.ui-page--elder, … {…}`. */
function tokensOf(selector: string): Set<string> {
  const css = read(TOKENS);
  const block = new RegExp(`(^|\\n)${selector.replace(/[.-]/g, '\\$&')}(,[^{]*)?\\{([^}]*)\\}`).exec(css);
  if (!block) throw new Error(`${selector} is not in ${TOKENS}`);
  return new Set([...block[3].matchAll(/(--ui-[\w-]+)\s*:/g)].map((m) => m[1]));
}

describe('elder mode lives in the design tokens', () => {
  const files = stylesheets('client/src');

  it('finds the stylesheets it checks', () => {
    expect(files).toContain(TOKENS);
    expect(files.length).toBeGreaterThan(10);
  });

  it('has no .ui-page--elder selector outside ui-tokens.css, so a new page needs no elder CSS', () => {
    const offenders = files
      .filter((file) => file !== TOKENS)
      .flatMap((file) => read(file).split('\n').map((line, i) => ({ file, line: i + 1, text: line })))
      .filter(({ text }) => text.includes('ui-page--elder'))
      .map(({ file, line, text }) => `${file}:${line}: ${text.trim()}`);
    expect(offenders).toEqual([]);
  });

  it('reads only tokens that ui-tokens.css defines (a misspelt token would silently do nothing)', () => {
    const defined = new Set([...tokensOf('.ui-page'), ...tokensOf('.ui-page--elder')]);
    const unknown = files.flatMap((file) =>
      [...read(file).matchAll(/var\(\s*(--ui-[\w-]+)/g)].map((m) => m[1]).filter((t) => !defined.has(t)).map((t) => `${file}: ${t}`),
    );
    expect(unknown).toEqual([]);
  });

  it('switches in elder mode only tokens the normal page defines, apart from the elder-only --ui-elder-* colours', () => {
    const normal = tokensOf('.ui-page');
    const elder = tokensOf('.ui-page--elder');
    expect([...elder].filter((t) => !normal.has(t) && !t.startsWith('--ui-elder-'))).toEqual([]);
    expect([...normal].filter((t) => t.startsWith('--ui-elder-'))).toEqual([]);
  });

  it('reads an elder-only colour with the normal colour as its fallback', () => {
    const bare = files.flatMap((file) =>
      [...read(file).matchAll(/var\(\s*(--ui-elder-[\w-]+)\s*\)/g)].map((m) => `${file}: ${m[0]}`),
    );
    expect(bare).toEqual([]);
  });
});
