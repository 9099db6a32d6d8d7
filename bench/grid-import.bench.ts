// Grid import validation figure:
//   BENCH grid.import_validate_ms_200k_vertices <ms> ms  checking a generated file of 200 neighbouring
//     grids of 1,000 vertices each (200,000 vertices, shared wavy outlines as in real boundary data)
//     through the real SDK against the local CloudBase: reading and repairing every feature, the
//     self-crossing and ring checks, the covers, the team look-up and the overlap check between the
//     grids of the file and against the grids in force. Target: under 5,000 ms. Median of 3 runs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startEmulator } from '../emulator/server';
import { checkGridFeatures } from '../cloudfunctions/core/grids/grid-check';
import type { Database } from '../cloudfunctions/core/cloudbase';
import { latticeFile } from '../tests/functions/fixtures/boundary-files';

const SPEC = { west: 100.0, south: 25.5, cols: 20, rows: 10, cell: 0.01, perSide: 250, teamId: 'team-bench', prefix: 'bench' };

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yl-bench-import-'));
  const emulator = await startEmulator({ port: 0, dataDir: dir, seed: false });
  try {
    process.env.TENCENTCLOUD = 'true';
    process.env.SILENCE = 'true';
    const tcb = require('@cloudbase/node-sdk');
    const app = tcb.init({ env: 'local-dev', secretId: 'local', secretKey: 'local', serviceUrl: `${emulator.url}/admin`, timeout: 300_000 });
    const db: Database = app.database();
    emulator.db.insert('teams', { _id: SPEC.teamId, name: '测试团队', pointCells: [] });
    const file = latticeFile(SPEC);
    const vertices = file.features.reduce((n, f) => n + f.geometry.coordinates[0].length - 1, 0);
    if (vertices !== 200_000) throw new Error(`generated ${vertices} vertices`);
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      // Each run checks a fresh parse of the file, as the import command does.
      const input: unknown = JSON.parse(JSON.stringify(file));
      const started = performance.now();
      const check = await checkGridFeatures(db, input);
      times.push(performance.now() - started);
      if (check.problems.length > 0 || check.drafts.length !== 200) throw new Error(`check found problems: ${JSON.stringify(check.problems.slice(0, 3))}`);
    }
    times.sort((a, b) => a - b);
    console.log(`BENCH grid.import_validate_ms_200k_vertices ${times[1].toFixed(0)} ms`);
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
