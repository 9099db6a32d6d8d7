import fs from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, INDEXES } from '../../cloudfunctions/core/indexes';
import { SUBSCRIBE_TEMPLATE_SPECS } from '../../shared/config/subscribe-templates';
import {
  SECRET_VARIABLES,
  checkDeployConfig,
  readFunctions,
  renderCloudbaserc,
  resolveVariables,
  runtimeMajor,
  type Cloudbaserc,
  type DeclaredProject,
} from '../../scripts/lib/deploy-config.mjs';

const root = path.resolve(__dirname, '../..');
const readJson = (rel: string) => JSON.parse(fs.readFileSync(path.join(root, rel), 'utf8'));
const rc: Cloudbaserc = readJson('cloudbaserc.json');
const templateVariables = Object.values(SUBSCRIBE_TEMPLATE_SPECS).map((t) => t.variable);
const project: DeclaredProject = {
  functions: readFunctions(root),
  collections: COLLECTIONS,
  indexes: INDEXES,
  variables: [...SECRET_VARIABLES, ...templateVariables],
};
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('cloudbaserc.json', () => {
  it('is what npm run deploy:config writes from the function folders, indexes.ts and the templates', () => {
    expect(checkDeployConfig(rc, project)).toEqual([]);
    expect(rc).toEqual(renderCloudbaserc(project));
  });

  it('deploys every function folder with the timeout and timer triggers of its config.json, and nothing else', () => {
    const folders = fs
      .readdirSync(path.join(root, 'cloudfunctions'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, 'cloudfunctions', d.name, 'index.ts')) && d.name !== 'core')
      .map((d) => d.name)
      .sort();
    expect(rc.functions.map((f: { name: string }) => f.name).sort()).toEqual(folders);
    for (const name of folders) {
      const config = readJson(`cloudfunctions/${name}/config.json`);
      const fn = rc.functions.find((f: { name: string }) => f.name === name);
      expect({ name, timeout: fn.timeout, triggers: fn.triggers }).toEqual({ name, timeout: config.timeout, triggers: config.triggers ?? [] });
    }
  });

  it('runs every function on Node 18 or later, from the bundled index.main, with the SDK installed in the cloud', () => {
    for (const fn of rc.functions) {
      expect(runtimeMajor(fn.runtime)).toBeGreaterThanOrEqual(18);
      expect(fn).toMatchObject({ handler: 'index.main', installDependency: true });
      expect(fn.ignore).toEqual(expect.arrayContaining(['**/*.ts', '**/*.map']));
      const pkg = readJson(`cloudfunctions/${fn.name}/package.json`);
      expect(pkg.main).toBe('index.js');
      expect(pkg.dependencies['@cloudbase/node-sdk']).toBe(readJson('package.json').dependencies['@cloudbase/node-sdk']);
    }
  });

  it('gives every function its keys and template IDs from the deploying environment, never literal values', () => {
    expect(rc.envId).toBe('{{env.ENV_ID}}');
    for (const fn of rc.functions) {
      expect(fn.envVariables.YL_ENV).toBe('production');
      for (const name of ['YL_DATA_KEY', 'YL_LOOKUP_KEY', ...templateVariables]) {
        expect(fn.envVariables[name]).toBe(`{{env.${name}}}`);
      }
    }
  });

  it('creates every collection with rules that deny all direct client access, and every declared index', () => {
    const collections = rc.framework.plugins.database.inputs.collections as Array<{
      collectionName: string;
      aclTag: string;
      aclRule: unknown;
      createIndexes: Array<{ unique: boolean; keys: Array<{ name: string; direction: string }> }>;
    }>;
    expect(collections.map((c) => c.collectionName).sort()).toEqual([...COLLECTIONS].sort());
    for (const c of collections) expect({ name: c.collectionName, tag: c.aclTag, rule: c.aclRule }).toEqual({ name: c.collectionName, tag: 'CUSTOM', rule: { read: false, write: false } });
    for (const index of INDEXES) {
      const created = collections.find((c) => c.collectionName === index.collection)?.createIndexes ?? [];
      expect(created).toContainEqual(
        expect.objectContaining({ unique: Boolean(index.unique), keys: [{ name: index.field, direction: '1' }] }),
      );
    }
  });
});

describe('the deploy config check', () => {
  it('names each way a config can drift from the project', () => {
    const broken = clone(rc);
    broken.functions = broken.functions.filter((f: { name: string }) => f.name !== 'grid');
    const contract = broken.functions.find((f: { name: string }) => f.name === 'contract');
    contract.timeout = 3;
    contract.triggers = [];
    contract.runtime = 'Nodejs16.13';
    delete contract.envVariables.YL_DATA_KEY;
    broken.functions.push({ ...clone(contract), name: 'retired' });
    const inputs = broken.framework.plugins.database.inputs;
    inputs.collections = inputs.collections.filter((c: { collectionName: string }) => c.collectionName !== 'notices');
    const residents = inputs.collections.find((c: { collectionName: string }) => c.collectionName === 'residents');
    residents.aclRule = { read: true, write: false };
    residents.createIndexes = residents.createIndexes.filter((i: { keys: Array<{ name: string }> }) => i.keys[0].name !== 'idHmac');

    const problems = checkDeployConfig(broken, project).join('\n');

    expect(problems).toContain('function grid has a folder but is not in cloudbaserc.json');
    expect(problems).toContain('function retired is in cloudbaserc.json but has no folder');
    expect(problems).toContain('function contract: timeout 3, config.json says 20');
    expect(problems).toContain('function contract: triggers differ from config.json');
    expect(problems).toContain('function contract: runtime Nodejs16.13 is older than Node 18');
    expect(problems).toContain('function contract: YL_DATA_KEY must come from {{env.YL_DATA_KEY}}');
    expect(problems).toContain('collection notices is not created');
    expect(problems).toContain('collection residents: rules must be {"read": false, "write": false}');
    expect(problems).toContain('index residents.idHmac is not created');
  });

  it('notices a new function folder or a new index that cloudbaserc.json does not know yet', () => {
    const grown: DeclaredProject = {
      ...project,
      functions: [...project.functions, { name: 'newfeature', config: { timeout: 20, triggers: [] } }],
      indexes: [...project.indexes, { collection: 'slots', field: 'date' }],
    };
    expect(checkDeployConfig(rc, grown)).toEqual([
      'function newfeature has a folder but is not in cloudbaserc.json',
      'index slots.date is not created',
    ]);
  });

  it('fills {{env.NAME}} from the environment and lists what is missing', () => {
    const { config, missing } = resolveVariables(
      { envId: '{{env.ENV_ID}}', functions: [{ envVariables: { A: '{{env.YL_DATA_KEY}}', B: '{{ env.YL_NONE }}' } }] },
      { ENV_ID: 'yl-prod-1a2b', YL_DATA_KEY: 'k' },
    );
    expect(config).toEqual({ envId: 'yl-prod-1a2b', functions: [{ envVariables: { A: 'k', B: '' } }] });
    expect(missing).toEqual(['YL_NONE']);
  });
});

describe('WeChat DevTools project and build variables', () => {
  it('points DevTools at the weapp build and at the cloud functions', () => {
    const project = readJson('project.config.json');
    expect(project).toMatchObject({ miniprogramRoot: 'dist/weapp/', cloudfunctionRoot: 'cloudfunctions/', compileType: 'miniprogram' });
    expect(typeof project.appid).toBe('string');
  });

  it('passes every template ID variable to the mini-program build and reads each by its full name', () => {
    const taroConfig = fs.readFileSync(path.join(root, 'config/index.ts'), 'utf8');
    const templates = fs.readFileSync(path.join(root, 'shared/config/subscribe-templates.ts'), 'utf8');
    for (const name of templateVariables) {
      expect(taroConfig).toContain(`'${name}'`);
      expect(templates).toContain(`process.env.${name} ||`);
    }
  });
});
