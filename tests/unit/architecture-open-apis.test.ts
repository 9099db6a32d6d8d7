import fs from 'node:fs';
import path from 'node:path';
import { OPEN_API_PERMISSIONS } from '../../cloudfunctions/core/wx/open-apis';
import { SERVED_OPEN_APIS } from '../../emulator/wx/open-api';

const root = path.resolve(__dirname, '../..');
const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');

function resolve(from: string, spec: string): string | null {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  for (const candidate of [`${base}.ts`, `${base}/index.ts`]) if (fs.existsSync(path.join(root, candidate))) return candidate;
  return null;
}

/** Relative imports that bring code along (`import type` brings none into the bundle). */
function codeImports(text: string): string[] {
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s+(?!type\s)[^'";]*?from\s+'(\.[^']+)'|(?:^|\n)\s*import\s+'(\.[^']+)'/g)].map((m) => m[1] ?? m[2]);
}

/** Every source file a function's bundle can contain: its index.ts and all it imports, transitively. */
function reachable(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of codeImports(read(file))) {
      const next = resolve(file, spec);
      if (next) visit(next);
    }
  };
  visit(entry);
  return [...seen];
}

/** The open APIs called in `text`, by request path (`callWxOpenApi({ apiName: '/…' })`). */
function openApiCalls(text: string): string[] {
  return [...text.matchAll(/callWxOpenApi\(\s*\{\s*apiName:\s*'([^']+)'/g)].map((m) => m[1]);
}

const functions = fs
  .readdirSync(path.join(root, 'cloudfunctions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'core' && fs.existsSync(path.join(root, 'cloudfunctions', d.name, 'index.ts')))
  .map((d) => d.name)
  .sort();

function required(name: string): string[] {
  const paths = reachable(`cloudfunctions/${name}/index.ts`).flatMap((file) => openApiCalls(read(file)));
  return [...new Set(paths.map((p) => (OPEN_API_PERMISSIONS as Record<string, string>)[p] ?? `unnamed open API ${p}`))].sort();
}

function declared(name: string): unknown {
  const config = JSON.parse(read(`cloudfunctions/${name}/config.json`));
  const openapi = config.permissions?.openapi;
  return Array.isArray(openapi) ? [...openapi].sort() : openapi;
}

describe('open APIs a function calls are declared in its config.json', () => {
  it('finds the calls and the imports the check relies on', () => {
    expect(openApiCalls("x = await cloudbase().callWxOpenApi({\n  apiName: '/cv/ocr/idcard', requestData: {} })")).toEqual(['/cv/ocr/idcard']);
    expect(codeImports("import { a } from './a';\nimport type { B } from './b';\nexport { c } from '../c';\nimport './d';")).toEqual(['./a', '../c', './d']);
  });

  it('names every open API the functions call, each the same way everywhere', () => {
    const files = functions.flatMap((f) => reachable(`cloudfunctions/${f}/index.ts`));
    const calls = [...new Set(files.flatMap((file) => openApiCalls(read(file))))].sort();
    expect(calls).toEqual(Object.keys(OPEN_API_PERMISSIONS).sort());
    // Every call passes its path as a literal, so the check above sees all of them.
    for (const file of new Set(files)) {
      const text = read(file);
      expect({ file, calls: (text.match(/callWxOpenApi\(/g) ?? []).length }).toEqual({ file, calls: openApiCalls(text).length });
    }
  });

  it('holds the local emulator to the same names, so an undeclared call fails locally as in the cloud', () => {
    expect(Object.fromEntries(Object.entries(SERVED_OPEN_APIS).map(([p, api]) => [p, api.permission]))).toEqual(OPEN_API_PERMISSIONS);
  });

  it.each(functions)('%s declares exactly the open APIs its code can call', (name) => {
    expect({ name, openapi: declared(name) }).toEqual({ name, openapi: required(name) });
  });
});
