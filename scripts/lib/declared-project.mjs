// What the project declares for its deploy, read from its TypeScript sources: the collections and
// indexes (cloudfunctions/core/indexes.ts), the subscribe-message templates
// (shared/config/subscribe-templates.ts) and the function folders.
import { build } from 'esbuild';
import { readFunctions, SECRET_VARIABLES } from './deploy-config.mjs';

export async function loadDeclaredProject(root) {
  const bundle = await build({
    stdin: {
      contents: [
        "export { COLLECTIONS, INDEXES } from './cloudfunctions/core/indexes.ts';",
        "export { SUBSCRIBE_TEMPLATE_SPECS } from './shared/config/subscribe-templates.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  });
  const code = bundle.outputFiles[0].text;
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const templates = Object.values(mod.SUBSCRIBE_TEMPLATE_SPECS);
  return {
    functions: readFunctions(root),
    collections: [...mod.COLLECTIONS],
    indexes: mod.INDEXES,
    variables: [...SECRET_VARIABLES, ...templates.map((t) => t.variable)],
    templates,
  };
}
