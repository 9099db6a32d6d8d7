// Bundles one TypeScript entry into a CommonJS file that Node runs as it is, for the scripts that run
// repository code outside jest (fuzz runner, benches, grid import). `external` names the packages left
// to Node's own resolution (native or SDK modules).
import { build } from 'esbuild';

export async function bundleForNode({ entry, outfile, external }) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external,
    logLevel: 'warning',
  });
  return outfile;
}
