// Family-doctor map lookup figures:
//   BENCH grid.locate_speedup_vs_scan_100k <x> x  median time of the scan over the indexed lookup, both
//     through the real SDK over HTTP on 100k grids: the indexed lookup is GridRepository.containing
//     (equality on the point's geohash cell, then point-in-polygon on the candidates); the scan asks the
//     database for the grid whose polygon intersects the point ($geoIntersects), which tests every grid
//   BENCH grid.locate_growth_100k_vs_1k <ratio> x  median indexed lookup on 100k grids over the same on 1k
//   BENCH grid.locate_indexed_ms / grid.locate_scan_ms  the medians behind the speedup
//   BENCH grid.locate_engine_growth_100k_vs_1k <ratio> x  the indexed lookup inside the database process,
//     without HTTP and the SDK, which would otherwise hide any growth
//   BENCH grid.locate_memory_scan_ms <ms> ms  for scale: point-in-polygon over all 100k polygons already
//     in memory, with no database at all
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startEmulator, type Emulator } from '../emulator/server';
import { latticeCell, type Lattice } from '../emulator/seed/data/lattice';
import { GridRepository } from '../cloudfunctions/core/grids/grid-repository';
import type { Database } from '../cloudfunctions/core/cloudbase';
import type { GridDoc } from '../cloudfunctions/core/grids/grid-docs';
import { GRID_CELL_PRECISION, bboxOf, geohashCover, geohashEncode, labelPoint, pointInGeometry, type GridGeometry, type LatLng } from '../shared/geo';

const COLS = 400;
const ROWS = 250;
const SMALL = { cols: 40, rows: 25 };
const LATTICE: Lattice = { west: 100.5, south: 23.5, dx: 0.005, dy: 0.0045, jitter: 0.12, seed: 2026 };

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Grid (col, row) of the lattice as stored by the import, without the search fields. */
function gridDoc(col: number, row: number): GridDoc {
  const geometry: GridGeometry = { type: 'Polygon', coordinates: [latticeCell(LATTICE, col, row)] };
  return {
    _id: `g-${col}-${row}@bench`,
    gridId: `g-${col}-${row}`,
    name: `网格 ${col}-${row}`,
    region: { province: '云南省', city: '测试市', county: '测试县', township: '测试镇', community: `社区 ${col}` },
    places: [],
    teamId: 'team-bench',
    geometry,
    bbox: bboxOf(geometry),
    center: labelPoint(geometry),
    cells: geohashCover(geometry, GRID_CELL_PRECISION),
    mapCells: [],
    searchTerms: [],
    importId: 'bench',
    importedAt: new Date(0),
  };
}

/** Random points well inside the first `cols` x `rows` cells, the same sequence every run. */
function points(cols: number, rows: number, n: number): LatLng[] {
  let s = 12345;
  const rand = (): number => ((s = (s * 16807) % 2147483647) / 2147483647);
  return Array.from({ length: n }, () => ({
    lng: LATTICE.west + (0.3 + rand() * (cols - 0.6)) * LATTICE.dx,
    lat: LATTICE.south + (0.3 + rand() * (rows - 0.6)) * LATTICE.dy,
  }));
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await fn();
  return [performance.now() - started, result];
}

/** Median indexed lookup through the real SDK; every point must land in exactly one grid. */
async function indexedMs(grids: GridRepository, pts: LatLng[]): Promise<number> {
  const times: number[] = [];
  for (const [i, p] of pts.entries()) {
    const [ms, found] = await time(() => grids.containing(p));
    if (found.length !== 1) throw new Error(`point ${JSON.stringify(p)} found ${found.length} grids`);
    if (i >= 50) times.push(ms);
  }
  return median(times);
}

/** The same lookup inside the database process: indexed candidates, then point-in-polygon. */
function engineMs(emulator: Emulator, pts: LatLng[]): number {
  const times: number[] = [];
  for (const [i, p] of pts.entries()) {
    const started = performance.now();
    const candidates = emulator.db.find('grids', { cells: geohashEncode(p.lat, p.lng, GRID_CELL_PRECISION) });
    const found = candidates.filter((g) => pointInGeometry([p.lng, p.lat], g.geometry as GridGeometry));
    const ms = performance.now() - started;
    if (found.length !== 1) throw new Error('engine lookup disagrees');
    if (i >= 100) times.push(ms);
  }
  return median(times);
}

async function scanMs(database: Database, pts: LatLng[]): Promise<number> {
  const _ = database.command;
  const times: number[] = [];
  for (const p of pts) {
    const [ms, res] = await time(() =>
      database.collection('grids').where({ geometry: _.geoIntersects({ geometry: new database.Geo.Point(p.lng, p.lat) }) }).field({ _id: true }).get(),
    );
    if (res.data.length !== 1) throw new Error(`scan found ${res.data.length} grids`);
    times.push(ms);
  }
  return median(times);
}

const T0 = performance.now();
const progress = (what: string): void => void (process.env.BENCH_VERBOSE && console.error(`${((performance.now() - T0) / 1000).toFixed(1)} s ${what}`));

/** Grids of the lattice columns [from, to) and rows [0, rows), loaded a column block at a time. */
function load(emulator: Emulator, cols: [number, number], rows: [number, number]): void {
  for (let col = cols[0]; col < cols[1]; col += 20) {
    const docs: GridDoc[] = [];
    for (let c = col; c < Math.min(col + 20, cols[1]); c++) for (let row = rows[0]; row < rows[1]; row++) docs.push(gridDoc(c, row));
    emulator.db.insert('grids', docs as unknown as Array<Record<string, unknown>>);
  }
}

/** Median point-in-polygon scan over every polygon held in memory. */
function memoryScanMs(pts: LatLng[]): number {
  const all: GridGeometry[] = [];
  for (let col = 0; col < COLS; col++) for (let row = 0; row < ROWS; row++) all.push({ type: 'Polygon', coordinates: [latticeCell(LATTICE, col, row)] });
  const times: number[] = [];
  for (const p of pts) {
    const started = performance.now();
    const found = all.filter((g) => pointInGeometry([p.lng, p.lat], g));
    times.push(performance.now() - started);
    if (found.length !== 1) throw new Error('memory scan disagrees');
  }
  return median(times);
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yl-bench-grid-'));
  const emulator = await startEmulator({ port: 0, dataDir: dir, seed: false });
  try {
    process.env.TENCENTCLOUD = 'true';
    process.env.SILENCE = 'true';
    const tcb = require('@cloudbase/node-sdk');
    // A scan of 100k grids takes seconds: longer than the SDK's default patience.
    const app = tcb.init({ env: 'local-dev', secretId: 'local', secretKey: 'local', serviceUrl: `${emulator.url}/admin`, timeout: 300_000 });
    const database: Database = app.database();
    const grids = new GridRepository(database);

    load(emulator, [0, SMALL.cols], [0, SMALL.rows]);
    progress('loaded 1k');
    // A first round warms up the JIT, the SDK's sockets and SQLite's cache, so 1k is not judged cold.
    await indexedMs(grids, points(SMALL.cols, SMALL.rows, 200));
    const small = await indexedMs(grids, points(SMALL.cols, SMALL.rows, 450));
    const smallEngine = engineMs(emulator, points(SMALL.cols, SMALL.rows, 2100));
    progress('measured 1k');

    // The rest of the lattice around the first 1k: the same density, a hundred times the grids.
    load(emulator, [0, SMALL.cols], [SMALL.rows, ROWS]);
    load(emulator, [SMALL.cols, COLS], [0, ROWS]);
    const count = emulator.db.count('grids');
    if (count !== COLS * ROWS) throw new Error(`loaded ${count} grids`);
    if (emulator.db.explain('grids', { cells: geohashEncode(23.51, 100.51, GRID_CELL_PRECISION) }).index !== 'cells') {
      throw new Error('the lookup does not use the cells index');
    }
    progress('loaded 100k');
    // Loading blocked the event loop for minutes: the server has since closed the SDK's idle
    // keep-alive sockets, and the first request may meet one of them closing. One retried request
    // clears them before anything is timed.
    await grids.containing(points(1, 1, 1)[0]).catch(() => grids.containing(points(1, 1, 1)[0]));
    const bigPts = points(COLS, ROWS, 450);
    const big = await indexedMs(grids, bigPts);
    const bigEngine = engineMs(emulator, points(COLS, ROWS, 2100));
    progress('measured 100k');
    const scan = await scanMs(database, bigPts.slice(0, 3));
    progress('scanned');
    const memory = memoryScanMs(bigPts.slice(0, 50));

    console.log(`BENCH grid.locate_speedup_vs_scan_100k ${(scan / big).toFixed(0)} x`);
    console.log(`BENCH grid.locate_growth_100k_vs_1k ${(big / small).toFixed(2)} x`);
    console.log(`BENCH grid.locate_indexed_ms ${big.toFixed(2)} ms`);
    console.log(`BENCH grid.locate_scan_ms ${scan.toFixed(0)} ms`);
    console.log(`BENCH grid.locate_engine_growth_100k_vs_1k ${(bigEngine / smallEngine).toFixed(2)} x`);
    console.log(`BENCH grid.locate_memory_scan_ms ${memory.toFixed(2)} ms`);
  } finally {
    await emulator.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
