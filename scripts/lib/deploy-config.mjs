// The CloudBase deploy description (cloudbaserc.json for @cloudbase/cli v2), derived from what the
// project already declares: each function folder's config.json, the collections and indexes in
// cloudfunctions/core/indexes.ts, and the variables the functions read. Pure functions, plus a reader
// of the function folders.
import fs from 'node:fs';
import path from 'node:path';

/** CloudBase's Node.js runtime; the bundles are built for node18 (scripts/build.mjs). */
export const RUNTIME = 'Nodejs18.15';
export const MEMORY_MB = 256;
/** Secrets every function gets (the ID-number keys); template IDs are added per spec. */
export const SECRET_VARIABLES = ['YL_DATA_KEY', 'YL_LOOKUP_KEY'];
/** Sources and maps stay home: CloudBase runs the bundled index.js and installs the SDK itself. */
export const FUNCTION_IGNORE = ['**/*.ts', '**/*.map', 'node_modules', 'node_modules/**/*'];
/** Clients never read or write the database directly: every access goes through a function. */
export const DENY_ALL = { read: false, write: false };
export const DATABASE_PLUGIN = '@cloudbase/framework-plugin-database';

/** The deployable functions: folders of cloudfunctions/ with an index.ts (core/ is a library). */
export function readFunctions(root) {
  const dir = path.join(root, 'cloudfunctions');
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'core' && fs.existsSync(path.join(dir, d.name, 'index.ts')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const file = path.join(dir, name, 'config.json');
      const config = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
      return { name, config };
    });
}

const template = (name) => `{{env.${name}}}`;

export function functionEntry({ name, config }, variables) {
  const envVariables = { YL_ENV: 'production' };
  for (const v of variables) envVariables[v] = template(v);
  return {
    name,
    handler: 'index.main',
    runtime: RUNTIME,
    timeout: config.timeout,
    memorySize: MEMORY_MB,
    installDependency: true,
    ignore: FUNCTION_IGNORE,
    envVariables,
    triggers: config.triggers ?? [],
  };
}

/** `staff.teamId` -> `staff_teamId_1`: CloudBase index names, ascending like MongoDB's defaults. */
export function indexName(field) {
  return `${field.replace(/\./g, '_')}_1`;
}

/** One entry per collection as the database plugin takes it: deny-all rules and its indexes. */
export function databaseCollections(collections, indexes) {
  return collections.map((collectionName) => ({
    collectionName,
    aclTag: 'CUSTOM',
    aclRule: DENY_ALL,
    createIndexes: indexes
      .filter((i) => i.collection === collectionName)
      .map((i) => ({ name: indexName(i.field), unique: Boolean(i.unique), keys: [{ name: i.field, direction: '1' }] })),
  }));
}

/** The whole cloudbaserc.json. */
export function renderCloudbaserc({ functions, collections, indexes, variables }) {
  return {
    version: '2.0',
    envId: template('ENV_ID'),
    functionRoot: './cloudfunctions',
    functions: functions.map((f) => functionEntry(f, variables)),
    framework: {
      name: 'yunling-family-doctor',
      plugins: {
        database: { use: DATABASE_PLUGIN, inputs: { collections: databaseCollections(collections, indexes) } },
      },
    },
  };
}

/** `Nodejs18.15` -> 18; anything else -> 0. */
export function runtimeMajor(runtime) {
  const m = /^Nodejs(\d+)/.exec(String(runtime));
  return m ? Number(m[1]) : 0;
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Everything wrong with a cloudbaserc.json against the project's own declarations, in words; empty
 * when it is right.
 */
export function checkDeployConfig(rc, { functions, collections, indexes, variables }) {
  const problems = [];
  if (rc.version !== '2.0') problems.push('version must be "2.0" for {{env.X}} variables');
  if (rc.envId !== template('ENV_ID')) problems.push('envId must be {{env.ENV_ID}}');
  if (rc.functionRoot !== './cloudfunctions') problems.push('functionRoot must be ./cloudfunctions');

  const deployed = new Map((rc.functions ?? []).map((f) => [f.name, f]));
  const folders = new Set(functions.map((f) => f.name));
  for (const { name, config } of functions) {
    const f = deployed.get(name);
    if (!f) {
      problems.push(`function ${name} has a folder but is not in cloudbaserc.json`);
      continue;
    }
    if (f.timeout !== config.timeout) problems.push(`function ${name}: timeout ${f.timeout}, config.json says ${config.timeout}`);
    if (!(config.timeout >= 1 && config.timeout <= 60)) problems.push(`function ${name}: timeout must be 1-60 s`);
    if (!same(f.triggers ?? [], config.triggers ?? [])) problems.push(`function ${name}: triggers differ from config.json`);
    if (f.handler !== 'index.main') problems.push(`function ${name}: handler must be index.main`);
    if (runtimeMajor(f.runtime) < 18) problems.push(`function ${name}: runtime ${f.runtime} is older than Node 18`);
    if (f.installDependency !== true) problems.push(`function ${name}: installDependency must be true`);
    if (!(f.ignore ?? []).includes('**/*.ts')) problems.push(`function ${name}: TypeScript sources are not ignored`);
    const env = f.envVariables ?? {};
    if (env.YL_ENV !== 'production') problems.push(`function ${name}: YL_ENV must be production`);
    for (const v of variables) {
      if (env[v] !== template(v)) problems.push(`function ${name}: ${v} must come from {{env.${v}}}`);
    }
  }
  for (const name of deployed.keys()) {
    if (!folders.has(name)) problems.push(`function ${name} is in cloudbaserc.json but has no folder with an index.ts`);
  }

  const plugin = rc.framework?.plugins?.database;
  if (plugin?.use !== DATABASE_PLUGIN) {
    problems.push(`framework.plugins.database must use ${DATABASE_PLUGIN}`);
    return problems;
  }
  const declared = new Map((plugin.inputs?.collections ?? []).map((c) => [c.collectionName, c]));
  for (const name of collections) {
    const c = declared.get(name);
    if (!c) {
      problems.push(`collection ${name} is not created`);
      continue;
    }
    if (c.aclTag !== 'CUSTOM' || !same(c.aclRule, DENY_ALL)) problems.push(`collection ${name}: rules must be {"read": false, "write": false}`);
    const created = c.createIndexes ?? [];
    for (const i of indexes.filter((x) => x.collection === name)) {
      const found = created.find((x) => x.keys?.length === 1 && x.keys[0].name === i.field);
      if (!found) problems.push(`index ${name}.${i.field} is not created`);
      else if (Boolean(found.unique) !== Boolean(i.unique)) problems.push(`index ${name}.${i.field}: unique should be ${Boolean(i.unique)}`);
    }
  }
  for (const name of declared.keys()) {
    if (!collections.includes(name)) problems.push(`collection ${name} is in cloudbaserc.json but not in COLLECTIONS`);
  }
  for (const i of indexes) {
    if (!collections.includes(i.collection)) problems.push(`index on ${i.collection}.${i.field}: ${i.collection} is not in COLLECTIONS`);
  }
  return problems;
}

/**
 * Replaces every `{{env.NAME}}` in a config with `env[NAME]`. Returns the resolved copy and the names
 * that had no value.
 */
export function resolveVariables(config, env) {
  const missing = new Set();
  const walk = (value) => {
    if (typeof value === 'string') {
      return value.replace(/\{\{\s*env\.([A-Za-z0-9_]+)\s*\}\}/g, (_, name) => {
        const v = env[name];
        if (v === undefined || v === '') missing.add(name);
        return v ?? '';
      });
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return { config: walk(config), missing: [...missing].sort() };
}
