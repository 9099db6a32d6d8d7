// Package sizes of the built mini-program, counted the way WeChat counts them: the main package is
// every file under the output root except those under a subpackage root; each subpackage is every file
// under its root. Pure functions over a file list, plus one reader of the build output.
import fs from 'node:fs';
import path from 'node:path';

/** WeChat's limits are 2 MB per package; these are the product's own, tighter budgets. */
export const BUDGET_KB = { main: 600, subpackage: 300 };

const KB = 1024;

function normalizeRoot(root) {
  return String(root).replace(/\\/g, '/').replace(/^\.?\//, '').replace(/\/+$/, '');
}

/** The subpackage roots declared in app.json (`subPackages`, or the older `subpackages`). */
export function subpackageRoots(appJson) {
  const list = appJson.subPackages || appJson.subpackages || [];
  return list.map((p) => normalizeRoot(p.root));
}

/**
 * Sums a file list into packages. `files` are `{ path, bytes }` with paths relative to the output root.
 * Returns bytes for the main package and for each subpackage root, in the order given.
 */
export function measurePackages(files, roots) {
  const subpackages = roots.map((root) => ({ root: normalizeRoot(root), bytes: 0 }));
  let main = 0;
  for (const file of files) {
    const p = file.path.replace(/\\/g, '/');
    const owner = subpackages.find((s) => p.startsWith(`${s.root}/`));
    if (owner) owner.bytes += file.bytes;
    else main += file.bytes;
  }
  const total = main + subpackages.reduce((sum, s) => sum + s.bytes, 0);
  return { main, subpackages, total };
}

/**
 * Checks measured packages against the budget. `ok` is false when any package is over its limit;
 * `rows` lists every package with its size and limit in KB.
 */
export function checkBudget(measured, budget = BUDGET_KB) {
  const row = (name, bytes, limitKb) => {
    const kb = bytes / KB;
    return { name, kb, limitKb, over: kb > limitKb };
  };
  const rows = [
    row('main', measured.main, budget.main),
    ...measured.subpackages.map((s) => row(s.root, s.bytes, budget.subpackage)),
  ];
  return { ok: rows.every((r) => !r.over), rows, totalKb: measured.total / KB };
}

/** One line per package, then the total; over-budget packages are marked. */
export function formatReport(result) {
  const width = Math.max(...result.rows.map((r) => r.name.length), 'total'.length);
  const lines = result.rows.map((r) => {
    const mark = r.over ? '  OVER BUDGET' : '';
    return `${r.name.padEnd(width)}  ${r.kb.toFixed(1).padStart(7)} KB / ${r.limitKb} KB${mark}`;
  });
  lines.push(`${'total'.padEnd(width)}  ${result.totalKb.toFixed(1).padStart(7)} KB`);
  return lines.join('\n');
}

/** Every file under `dir` as `{ path, bytes }`, paths relative to `dir` with forward slashes. */
export function readTree(dir) {
  const files = [];
  const walk = (abs, rel) => {
    for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
      const childAbs = path.join(abs, entry.name);
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(childAbs, childRel);
      else if (entry.isFile()) files.push({ path: childRel, bytes: fs.statSync(childAbs).size });
    }
  };
  walk(dir, '');
  return files;
}

/** Measures a built mini-program folder (dist/weapp) and checks it against the budget. */
export function checkBuild(dir, budget = BUDGET_KB) {
  const appJson = JSON.parse(fs.readFileSync(path.join(dir, 'app.json'), 'utf8'));
  return checkBudget(measurePackages(readTree(dir), subpackageRoots(appJson)), budget);
}
