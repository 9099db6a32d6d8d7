// Authorization matrix figures:
//   BENCH security.forbidden_allowed <n> cells  cells of the matrix (every action x every kind of caller,
//     tests/functions/security/authorization-matrix.ts) that the table expects refused and the backend
//     allowed: must be 0
//   BENCH security.matrix_mismatches <n> cells  cells whose outcome differs from the table in any way,
//     or whose refusal wrote, went unaudited or carried data
//   BENCH security.matrix_ms <ms> ms  the whole matrix through the real SDK and function gateway
// The same run as tests/functions/security-authorization-matrix.test.ts, counted instead of asserted.
import { performance } from 'node:perf_hooks';
import { startBackend } from '../tests/functions/harness';
import { MATRIX } from '../tests/functions/security/authorization-matrix';
import { buildWorld } from '../tests/functions/security/matrix-world';
import { forbiddenAllowed, runMatrix } from '../tests/functions/security/matrix-cells';

async function main(): Promise<void> {
  const backend = await startBackend({ writeLimits: true });
  try {
    const world = await buildWorld(backend);
    const t0 = performance.now();
    const cells = await runMatrix(backend, world, MATRIX);
    const ms = performance.now() - t0;
    const mismatches = cells.filter((c) => c.got !== c.expected || c.problems.length > 0);
    for (const c of mismatches) console.error(`matrix: ${c.action} as ${c.actor}: expected ${c.expected}, got ${c.got} ${c.problems.join('; ')}`);
    console.log(`BENCH security.forbidden_allowed ${forbiddenAllowed(cells)} cells`);
    console.log(`BENCH security.matrix_mismatches ${mismatches.length} cells`);
    console.log(`BENCH security.matrix_ms ${Math.round(ms)} ms`);
  } finally {
    await backend.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
