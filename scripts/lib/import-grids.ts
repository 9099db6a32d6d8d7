// The body of `npm run import:grids -- [--check] <file.geojson>`, bundled and run by scripts/import-grids.mjs.
import fs from 'node:fs';
import tcb from '@cloudbase/node-sdk';
import { checkGridFeatures, describeFeatureRepairs, describeProblems } from '../../cloudfunctions/core/grids/grid-check';
import { importGrids, type ImportProgress } from '../../cloudfunctions/core/grids/grid-import';
import type { Database } from '../../cloudfunctions/core/cloudbase';

const USAGE = `用法：npm run import:grids -- [--check] <网格文件.geojson>

文件为 GeoJSON FeatureCollection，每个 Feature 是一个网格（Polygon 或 MultiPolygon，gcj02 坐标），
properties 包括：gridId、name、teamId、province、city、county、township、community，
可选 places（网格内的小区或村民小组名称）。负责团队须已录入。

重复点、零面积尖刺、共线折返和未闭合的边界会自动修复并逐个网格说明；自相交、内洞在外边界之外、
多个面重叠、与其他网格重叠等无法安全修复的问题会连同坐标列出，一个网格也不导入。

  --check  只检查并报告，不写入任何数据

默认导入本地环境 http://127.0.0.1:\${PORT:-8787}；设置 CLOUDBASE_ENV、TENCENTCLOUD_SECRETID、
TENCENTCLOUD_SECRETKEY 则导入该云开发环境。写入分批进行，全部写完才一次切换生效；中途失败时
原有网格保持不变。`;

function connect(): { db: Database; target: string } {
  const env = process.env.CLOUDBASE_ENV;
  if (env) {
    const app = tcb.init({ env, secretId: process.env.TENCENTCLOUD_SECRETID, secretKey: process.env.TENCENTCLOUD_SECRETKEY });
    return { db: app.database(), target: `云开发环境 ${env}` };
  }
  // Offline the SDK would otherwise look for a cloud metadata server before every call.
  process.env.TENCENTCLOUD = 'true';
  const url = `http://127.0.0.1:${process.env.PORT ?? 8787}/admin`;
  const app = tcb.init({ env: 'local-dev', secretId: 'local', secretKey: 'local', serviceUrl: url, timeout: 120_000 });
  return { db: app.database(), target: `本地环境 ${url.replace(/\/admin$/, '')}` };
}

const progress = ({ phase, done, total }: ImportProgress): void => {
  console.log(phase === 'write' ? `  已写入 ${done}/${total} 个网格` : `  已清理被替换的旧网格 ${done}/${total} 个`);
};

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const file = args.find((a) => !a.startsWith('--'));
  if (!file || args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return file ? 0 : 2;
  }
  let input: unknown;
  try {
    input = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    console.error(`无法读取文件 ${file}：文件不存在，或者内容不是有效的地理数据格式。`);
    return 1;
  }
  const { db, target } = connect();
  const count = Array.isArray((input as { features?: unknown }).features) ? (input as { features: unknown[] }).features.length : 0;
  console.log(`正在检查${check ? '' : '并导入'} ${file}（${count} 个网格）${check ? '，对照' : '到'}${target}……`);
  const started = Date.now();
  const result = check ? { ...(await checkGridFeatures(db, input)), ok: null } : await importGrids(db, input, new Date(), { onProgress: progress });
  if (result.repairs.length > 0) {
    console.log(`已自动修复 ${result.repairs.length} 个网格的边界：`);
    for (const line of describeFeatureRepairs(result.repairs)) console.log(`  ${line}`);
  }
  if ('problems' in result && result.problems.length > 0) {
    console.error(`${check ? '检查未通过' : '导入未进行，没有写入任何网格'}。发现 ${result.problems.length} 个网格有问题：`);
    for (const line of describeProblems(result.problems)) console.error(`  ${line}`);
    return 1;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.ok === null) {
    console.log(`检查通过：${count} 个网格都可以导入（用时 ${seconds} 秒，未写入任何数据）。`);
    return 0;
  }
  if (result.ok) {
    console.log(`导入完成：新增 ${result.created} 个网格，更新 ${result.replaced} 个网格（批次 ${result.importId}，用时 ${seconds} 秒）。`);
    if (result.leftToClean > 0) console.log(`被替换的 ${result.leftToClean} 个旧网格已停用，将在下次导入时删除。`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`导入失败，已撤销本次写入，原有网格保持不变：${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
