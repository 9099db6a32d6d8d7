import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import tcb from '@cloudbase/node-sdk';
import { startBackend, type Backend } from './harness';
import { importGrids } from '../../cloudfunctions/core/grids/grid-import';
import type { Database } from '../../cloudfunctions/core/cloudbase';
import type { Ring } from '../../shared/geo';

let backend: Backend;
let db: Database;
beforeAll(async () => {
  backend = await startBackend();
  db = tcb.init({ env: 'local-dev', secretId: 'local', secretKey: 'local', serviceUrl: `${backend.emulator.url}/admin` }).database();
});
afterAll(() => backend.close());

const ROOT = path.resolve(__dirname, '../..');
const square = (x: number, y: number, s: number): Ring => [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];

/** A grid in 官渡区, east of the demo districts, served by the 石龙湖 team. */
function feature(gridId: string, ring: Ring, props: Record<string, unknown> = {}) {
  return {
    type: 'Feature',
    properties: {
      gridId,
      name: `${gridId} 网格`,
      teamId: 'team-cg-shilonghu',
      province: '云南省',
      city: '昆明市',
      county: '官渡区',
      township: '矣六街道',
      community: '宝丰社区',
      places: '宝丰小区、宝丰新村',
      ...props,
    },
    geometry: { type: 'Polygon', coordinates: [ring] },
  };
}
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const gridCount = () => backend.emulator.db.count('grids', {});

describe('importing grids from GeoJSON', () => {
  it('imports a valid file with its geohash cover, so the new grid is found by location and by name', async () => {
    const result = await importGrids(db, collection(feature('gd-baofeng-01', square(102.78, 24.95, 0.006))), new Date());
    expect(result).toMatchObject({ ok: true, created: 1, replaced: 0 });
    const [stored] = backend.emulator.db.find('grids', { _id: 'gd-baofeng-01' });
    expect((stored.cells as string[]).length).toBeGreaterThan(0);
    expect(stored.searchTerms).toEqual(expect.arrayContaining(['宝丰', '宝丰小区']));
    const found = await backend.ok('o-resident-ligl', 'grid.locate', { lat: 24.953, lng: 102.783, coord: 'gcj02' });
    expect(found.inCoverage && found.grid.id).toBe('gd-baofeng-01');
    const byName = await backend.ok('o-resident-ligl', 'grid.search', { q: '宝丰新村' });
    expect(byName.results.map((r) => r.grid.id)).toEqual(['gd-baofeng-01']);
  });

  it('replaces a grid imported again under the same code', async () => {
    const result = await importGrids(db, collection(feature('gd-baofeng-01', square(102.78, 24.95, 0.008), { name: '宝丰社区网格' })), new Date());
    expect(result).toMatchObject({ ok: true, created: 0, replaced: 1 });
    expect(backend.emulator.db.find('grids', { _id: 'gd-baofeng-01' })[0].name).toBe('宝丰社区网格');
  });

  it('reports every bad feature by index and reason in Chinese, and imports none of the file', async () => {
    const before = gridCount();
    const open = square(102.79, 24.95, 0.005).slice(0, 4);
    const result = await importGrids(
      db,
      collection(
        feature('gd-ok-01', square(102.80, 24.95, 0.005)),
        feature('gd-open', [...open, [102.79, 24.951]]),
        feature('gd-swapped', square(24.95, 102.8, 0.005)),
        feature('gd-bowtie', [[102.81, 24.95], [102.815, 24.955], [102.815, 24.95], [102.81, 24.955], [102.81, 24.95]]),
        feature('gd-noteam', square(102.82, 24.95, 0.005), { teamId: 'team-nowhere' }),
        feature('gd-ok-01', square(102.83, 24.95, 0.005)),
        feature('gd-noname', square(102.84, 24.95, 0.005), { name: ' ' }),
      ),
      new Date(),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.index, p.reasons])).toEqual([
      [1, ['外边界没有闭合：第一个点和最后一个点不同']],
      [2, ['外边界的坐标 [24.95, 102.8] 不在中国境内，请确认经纬度是否写反']],
      [3, ['外边界自相交：第 1 条边与第 3 条边相交']],
      [4, ['负责团队「team-nowhere」不存在，请先录入该团队']],
      [5, ['网格编号「gd-ok-01」与第 1 个网格重复']],
      [6, ['缺少网格名称']],
    ]);
    expect(gridCount()).toBe(before);
  });

  it('takes back what it wrote when a write fails part-way', async () => {
    const before = backend.emulator.db.find('grids', { _id: 'gd-baofeng-01' })[0];
    const failing = failingSetOn(db);
    await expect(
      importGrids(failing, collection(feature('gd-new-01', square(102.85, 24.95, 0.005)), feature('gd-baofeng-01', square(102.78, 24.95, 0.004))), new Date()),
    ).rejects.toThrow('网络中断');
    expect(backend.emulator.db.find('grids', { _id: 'gd-new-01' })).toEqual([]);
    expect(backend.emulator.db.find('grids', { _id: 'gd-baofeng-01' })[0]).toEqual(before);
  });
});

describe('npm run import:grids', () => {
  // Asynchronous on purpose: the emulator answering the script lives in this test's process.
  const run = (file: string) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'import-grids.mjs'), file], {
        cwd: ROOT,
        env: { ...process.env, PORT: String(backend.emulator.port), CLOUDBASE_ENV: '' },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
  const write = (content: unknown) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'yl-import-')), 'grids.geojson');
    fs.writeFileSync(file, JSON.stringify(content));
    return file;
  };

  it('imports a file into the local environment', async () => {
    const out = await run(write(collection(feature('gd-cli-01', square(102.86, 24.95, 0.005)))));
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/导入完成：新增 1 个网格，更新 0 个网格/);
    expect(backend.emulator.db.count('grids', { _id: 'gd-cli-01' })).toBe(1);
  });

  it('lists the problems of a bad file in plain Chinese and exits with failure', async () => {
    const out = await run(write(collection(feature('gd-cli-02', square(102.87, 24.95, 0.005)), feature('gd-cli-03', square(102.88, 24.95, 0.005), { teamId: 'team-nowhere' }))));
    expect(out.status).toBe(1);
    const lines = out.stderr.trim().split('\n');
    expect(lines[0]).toBe('导入未进行，没有写入任何网格。发现 1 处问题：');
    expect(lines[1].trim()).toBe('第 2 个网格（索引 1，gd-cli-03 网格，编号 gd-cli-03）：负责团队「team-nowhere」不存在，请先录入该团队');
    expect(backend.emulator.db.count('grids', { _id: 'gd-cli-02' })).toBe(0);
  });

  it('says so when the file cannot be read', async () => {
    const out = await run(path.join(os.tmpdir(), 'no-such-file.geojson'));
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/无法读取文件/);
  });
});

/** The database, except that replacing a grid document fails as a dropped connection would. */
function failingSetOn(real: Database): Database {
  const bindAll = <T extends object>(target: T, override: (prop: string | symbol) => unknown) =>
    new Proxy(target, {
      get(t, prop) {
        const replaced = override(prop);
        if (replaced !== undefined) return replaced;
        const value = Reflect.get(t, prop, t);
        return typeof value === 'function' ? value.bind(t) : value;
      },
    });
  return bindAll(real, (prop) =>
    prop === 'collection'
      ? (name: string) => {
          const coll = real.collection(name);
          if (name !== 'grids') return coll;
          return bindAll(coll, (p) =>
            p === 'doc'
              ? (id: string) => bindAll(coll.doc(id), (q) => (q === 'set' ? async () => Promise.reject(new Error('网络中断')) : undefined))
              : undefined,
          );
        }
      : undefined,
  );
}
