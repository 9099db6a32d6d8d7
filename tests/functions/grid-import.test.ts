import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import tcb from '@cloudbase/node-sdk';
import { startBackend, type Backend } from './harness';
import { importGrids } from '../../cloudfunctions/core/grids/grid-import';
import type { Database } from '../../cloudfunctions/core/cloudbase';
import { MAX_COVER_CELLS, type Position, type Ring } from '../../shared/geo';
import { latticeFile } from './fixtures/boundary-files';
import { STATE_SETTLE_MS } from '../../cloudfunctions/core/grids/grid-batch-repository';

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

/** A wavy ring of `n` vertices about `radiusKm` from the centre: a rural grid drawn in a GIS. */
function wavyRing([cx, cy]: Position, radiusKm: number, n: number): Ring {
  const ring: Ring = [];
  for (let i = 0; i < n; i++) {
    const t = (i / n) * 2 * Math.PI;
    const r = (radiusKm / 100) * (1 + 0.08 * Math.sin(7 * t) + 0.03 * Math.sin(53 * t));
    ring.push([cx + (r * Math.cos(t)) / Math.cos((cy * Math.PI) / 180), cy + r * Math.sin(t) * 0.9]);
  }
  return [...ring, ring[0]];
}
const gridCount = () => backend.emulator.db.count('grids', {});

describe('importing grids from GeoJSON', () => {
  it('imports a valid file with its geohash cover, so the new grid is found by location and by name', async () => {
    const result = await importGrids(db, collection(feature('gd-baofeng-01', square(102.78, 24.95, 0.006))), new Date());
    expect(result).toMatchObject({ ok: true, created: 1, replaced: 0 });
    const [stored] = backend.emulator.db.find('grids', { gridId: 'gd-baofeng-01' });
    expect((stored.cells as string[]).length).toBeGreaterThan(0);
    expect(stored.searchTerms).toEqual(expect.arrayContaining(['宝丰', '宝丰小区']));
    const found = await backend.ok('o-resident-ligl', 'grid.locate', { lat: 24.953, lng: 102.783, coord: 'gcj02' });
    expect(found.inCoverage && found.grid.id).toBe('gd-baofeng-01');
    const byName = await backend.ok('o-resident-ligl', 'grid.search', { q: '宝丰新村' });
    expect(byName.results.map((r) => r.grid.id)).toEqual(['gd-baofeng-01']);
  });

  it('replaces a grid imported again under the same code', async () => {
    const result = await importGrids(db, collection(feature('gd-baofeng-01', square(102.78, 24.95, 0.008), { name: '宝丰社区网格' })), new Date());
    expect(result).toMatchObject({ ok: true, created: 0, replaced: 1, leftToClean: 0 });
    const stored = backend.emulator.db.find('grids', { gridId: 'gd-baofeng-01' });
    expect(stored.map((g) => g.name)).toEqual(['宝丰社区网格']);
    const found = await backend.ok('o-resident-ligl', 'grid.locate', { lat: 24.9575, lng: 102.7875, coord: 'gcj02' });
    expect(found.inCoverage && found.grid.name).toBe('宝丰社区网格');
  });

  it('reports every bad feature by index and reason in Chinese, and imports none of the file', async () => {
    const before = gridCount();
    const open = square(102.79, 24.95, 0.005).slice(0, 4);
    const result = await importGrids(
      db,
      collection(
        feature('gd-ok-01', square(102.80, 24.95, 0.005)),
        feature('gd-open', open),
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
      [2, ['外边界的坐标 [24.95, 102.8] 不在中国境内，请确认经纬度是否写反']],
      [3, ['外边界自相交：边界在 [102.8125, 24.9525] 处交叉或重叠']],
      [4, ['负责团队「team-nowhere」不存在，请先录入该团队']],
      [5, ['网格编号「gd-ok-01」与第 1 个网格重复']],
      [6, ['缺少网格名称']],
    ]);
    expect(result.repairs.map((r) => [r.index, r.text])).toEqual([[1, '闭合 1 个首尾不相接的边界']]);
    expect(gridCount()).toBe(before);
  });

  it('refuses grids overlapping each other or a grid in force, naming the pair and the place', async () => {
    const before = gridCount();
    const result = await importGrids(
      db,
      collection(
        feature('gd-ov-01', square(102.90, 24.95, 0.01)),
        feature('gd-ov-02', square(102.905, 24.955, 0.01)),
        feature('gd-ov-03', square(102.783, 24.953, 0.002)),
      ),
      new Date(),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.index)).toEqual([1, 2]);
    expect(result.problems[0].reasons[0]).toMatch(/^与第 1 个网格（gd-ov-01 网格，编号 gd-ov-01）重叠，重叠处 \[[\d.]+, [\d.]+\]；一户只能属于一个网格$/);
    expect(result.problems[1].reasons[0]).toMatch(/^与已导入的网格「宝丰社区网格」（编号 gd-baofeng-01）重叠，重叠处 \[[\d.]+, [\d.]+\]/);
    expect(gridCount()).toBe(before);
  });

  it('imports a 500 km² mountain village of thousands of vertices, found by location through its coarser cells', async () => {
    const ring = wavyRing([100.3, 26.2], 13.3, 4000);
    const result = await importGrids(db, collection(feature('dl-shanqu-01', ring, { name: '山区行政村网格' })), new Date());
    expect(result).toMatchObject({ ok: true, created: 1 });
    const [stored] = backend.emulator.db.find('grids', { gridId: 'dl-shanqu-01' });
    expect((stored.cells as string[]).length).toBeLessThanOrEqual(MAX_COVER_CELLS);
    expect((stored.cells as string[])[0]).toHaveLength(5);
    const found = await backend.ok('o-resident-ligl', 'grid.locate', { lat: 26.25, lng: 100.35, coord: 'gcj02' });
    expect(found.inCoverage && found.grid.id).toBe('dl-shanqu-01');
    const map = await backend.ok('o-resident-ligl', 'grid.map', { bbox: { west: 100.34, south: 26.24, east: 100.36, north: 26.26 } });
    expect(map.grids.map((g) => g.id)).toEqual(['dl-shanqu-01']);
  });

  it('leaves the earlier grids exactly as they were when the last write request fails, and the next import cleans up', async () => {
    const spec = { west: 100.6, south: 25.6, cols: 12, rows: 10, cell: 0.004, perSide: 3, teamId: 'team-cg-shilonghu', prefix: 'dl-lat' };
    expect(await importGrids(db, latticeFile(spec), new Date())).toMatchObject({ ok: true, created: 120 });
    const snapshot = () => backend.emulator.db.find('grids', {}).sort((a, b) => String(a._id).localeCompare(String(b._id)));
    const before = snapshot();
    const renamed = latticeFile(spec);
    for (const f of renamed.features) f.properties.name = `改名 ${f.properties.gridId}`;
    const failing = failingLastAdd(db, 2);
    await expect(importGrids(failing, renamed, new Date())).rejects.toThrow('网络中断');
    expect(snapshot()).toEqual(before);
    expect((await backend.ok('o-resident-ligl', 'grid.locate', { lat: 25.602, lng: 100.602, coord: 'gcj02' })).inCoverage).toBe(true);
    expect(backend.emulator.db.find('gridImports', {})[0]).toMatchObject({ pending: [], retired: [] });

    const done = await importGrids(db, renamed, new Date());
    expect(done).toMatchObject({ ok: true, created: 0, replaced: 120, leftToClean: 0 });
    expect(backend.emulator.db.count('grids', { gridId: 'dl-lat-0-0' })).toBe(1);
    const found = await backend.ok('o-resident-ligl', 'grid.locate', { lat: 25.602, lng: 100.602, coord: 'gcj02' });
    expect(found.inCoverage && found.grid.name).toBe('改名 dl-lat-0-0');
  });

  it('keeps the new grids when the switch happened but its answer was lost', async () => {
    const spec = { west: 100.6, south: 25.6, cols: 12, rows: 10, cell: 0.004, perSide: 3, teamId: 'team-cg-shilonghu', prefix: 'dl-lat' };
    const again = latticeFile(spec);
    for (const f of again.features) f.properties.name = `再改 ${f.properties.gridId}`;
    const result = await importGrids(switchAnswerLost(db), again, new Date());
    expect(result).toMatchObject({ ok: true, replaced: 120, leftToClean: 0 });
    expect(backend.emulator.db.count('grids', { gridId: 'dl-lat-0-0' })).toBe(1);
    const found = await backend.ok('o-resident-ligl', 'grid.locate', { lat: 25.602, lng: 100.602, coord: 'gcj02' });
    expect(found.inCoverage && found.grid.name).toBe('再改 dl-lat-0-0');
  });

  it('keeps readers on the grids in force while a new batch is pending', async () => {
    const pendingId = 'import-pending-test';
    backend.emulator.db.insert('grids', [{ ...backend.emulator.db.find('grids', { gridId: 'dl-lat-1-1' })[0], _id: `dl-lat-1-1@${pendingId}`, importId: pendingId, name: '未生效' }]);
    await db.collection('gridImports').doc('state').update({ pending: db.command.push([pendingId]) });
    await new Promise((resolve) => setTimeout(resolve, STATE_SETTLE_MS));
    const found = await backend.ok('o-resident-ligl', 'grid.locate', { lat: 25.606, lng: 100.606, coord: 'gcj02' });
    expect(found.inCoverage && found.grid.name).toBe('再改 dl-lat-1-1');
    await db.collection('gridImports').doc('state').update({ pending: db.command.pull(pendingId) });
    backend.emulator.db.removeMany('grids', { importId: pendingId });
  });
});

describe('npm run import:grids', () => {
  // Asynchronous on purpose: the emulator answering the script lives in this test's process.
  const run = (file: string, ...flags: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'import-grids.mjs'), ...flags, file], {
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
    expect(backend.emulator.db.count('grids', { gridId: 'gd-cli-01' })).toBe(1);
  });

  it('lists the problems of a bad file in plain Chinese and exits with failure', async () => {
    const out = await run(write(collection(feature('gd-cli-02', square(102.87, 24.95, 0.005)), feature('gd-cli-03', square(102.88, 24.95, 0.005), { teamId: 'team-nowhere' }))));
    expect(out.status).toBe(1);
    const lines = out.stderr.trim().split('\n');
    expect(lines[0]).toBe('导入未进行，没有写入任何网格。发现 1 个网格有问题：');
    expect(lines[1].trim()).toBe('第 2 个网格（索引 1，gd-cli-03 网格，编号 gd-cli-03）：负责团队「team-nowhere」不存在，请先录入该团队');
    expect(backend.emulator.db.count('grids', { _id: 'gd-cli-02' })).toBe(0);
  });

  it('checks a file with --check: reports repairs and problems, writes nothing', async () => {
    const spiky: Ring = [[102.89, 24.95], [102.895, 24.95], [102.899, 24.95], [102.895, 24.95], [102.895, 24.95], [102.895, 24.955], [102.89, 24.955], [102.89, 24.95]];
    const before = gridCount();
    const out = await run(write(collection(feature('gd-cli-04', spiky))), '--check');
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('第 1 个网格（索引 0，gd-cli-04 网格，编号 gd-cli-04）：去掉 1 处尖刺、1 个重复点');
    expect(out.stdout).toMatch(/检查通过：1 个网格都可以导入（用时 [\d.]+ 秒，未写入任何数据）。/);
    expect(gridCount()).toBe(before);
  });

  it('imports more than 10 MB of geometry in one command, in batched requests, with progress', async () => {
    const spec = { west: 100.0, south: 25.5, cols: 8, rows: 6, cell: 0.02, perSide: 1500, teamId: 'team-cg-shilonghu', prefix: 'dl-big' };
    const file = write(latticeFile(spec));
    expect(fs.statSync(file).size).toBeGreaterThan(10 * 1024 * 1024);
    const out = await run(file);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/导入完成：新增 48 个网格，更新 0 个网格/);
    const progress = out.stdout.split('\n').filter((l) => l.includes('已写入'));
    expect(progress.length).toBeGreaterThan(3);
    expect(progress[progress.length - 1].trim()).toBe('已写入 48/48 个网格');
    const [one] = backend.emulator.db.find('grids', { gridId: 'dl-big-0-0' });
    expect(backend.emulator.db.count('grids', { importId: one.importId })).toBe(48);
    const found = await backend.ok('o-resident-ligl', 'grid.locate', { lat: 25.61, lng: 100.15, coord: 'gcj02' });
    expect(found.inCoverage && found.grid.id).toBe('dl-big-7-5');
  });

  it('says so when the file cannot be read', async () => {
    const out = await run(path.join(os.tmpdir(), 'no-such-file.geojson'));
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/无法读取文件/);
  });
});

/** `target` with some properties replaced (`override` answers undefined to keep one), methods bound. */
const bindAll = <T extends object>(target: T, override: (prop: string | symbol) => unknown) =>
  new Proxy(target, {
    get(t, prop) {
      const replaced = override(prop);
      if (replaced !== undefined) return replaced;
      const value = Reflect.get(t, prop, t);
      return typeof value === 'function' ? value.bind(t) : value;
    },
  });

/** The database, except that the switch of an import batch lands but its answer is lost. */
function switchAnswerLost(real: Database): Database {
  return bindAll(real, (prop) =>
    prop === 'collection'
      ? (name: string) => {
          const coll = real.collection(name);
          if (name !== 'gridImports') return coll;
          return bindAll(coll, (p) =>
            p === 'doc'
              ? (id: string) => {
                  const ref = coll.doc(id);
                  return bindAll(ref, (q) =>
                    q === 'update'
                      ? async (data: Record<string, unknown>) => {
                          const res = await ref.update(data);
                          // The switch is the update that takes a batch out of `pending` and retires documents.
                          if ('pending' in data && 'retired' in data) throw new Error('网络中断');
                          return res;
                        }
                      : undefined,
                  );
                }
              : undefined,
          );
        }
      : undefined,
  );
}

/** The database, except that the `n`-th request adding grid documents fails as a dropped connection would. */
function failingLastAdd(real: Database, n: number): Database {
  let adds = 0;
  return bindAll(real, (prop) =>
    prop === 'collection'
      ? (name: string) => {
          const coll = real.collection(name);
          if (name !== 'grids') return coll;
          return bindAll(coll, (p) =>
            p === 'add'
              ? async (docs: unknown) => {
                  adds += 1;
                  // The failing request lands in part before the connection drops.
                  if (adds === n) {
                    await coll.add((docs as unknown[]).slice(0, 3));
                    throw new Error('网络中断');
                  }
                  return coll.add(docs as never);
                }
              : undefined,
          );
        }
      : undefined,
  );
}
