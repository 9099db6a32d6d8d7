// The body of `npm run import:grids -- <file.geojson>`, bundled and run by scripts/import-grids.mjs.
import fs from 'node:fs';
import tcb from '@cloudbase/node-sdk';
import { describeProblems, importGrids } from '../../cloudfunctions/core/grids/grid-import';
import type { Database } from '../../cloudfunctions/core/cloudbase';

const USAGE = `用法：npm run import:grids -- <网格文件.geojson>

文件为 GeoJSON FeatureCollection，每个 Feature 是一个网格（Polygon 或 MultiPolygon，gcj02 坐标），
properties 包括：gridId、name、teamId、province、city、county、township、community，
可选 places（网格内的小区或村民小组名称）。负责团队须已录入。

默认导入本地环境 http://127.0.0.1:\${PORT:-8787}；设置 CLOUDBASE_ENV、TENCENTCLOUD_SECRETID、
TENCENTCLOUD_SECRETKEY 则导入该云开发环境。任何一个网格有问题时，一个也不导入。`;

function connect(): { db: Database; target: string } {
  const env = process.env.CLOUDBASE_ENV;
  if (env) {
    const app = tcb.init({ env, secretId: process.env.TENCENTCLOUD_SECRETID, secretKey: process.env.TENCENTCLOUD_SECRETKEY });
    return { db: app.database(), target: `云开发环境 ${env}` };
  }
  // Offline the SDK would otherwise look for a cloud metadata server before every call.
  process.env.TENCENTCLOUD = 'true';
  const url = `http://127.0.0.1:${process.env.PORT ?? 8787}/admin`;
  const app = tcb.init({ env: 'local-dev', secretId: 'local', secretKey: 'local', serviceUrl: url });
  return { db: app.database(), target: `本地环境 ${url.replace(/\/admin$/, '')}` };
}

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file || file === '--help' || file === '-h') {
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
  console.log(`正在检查并导入 ${file} 到${target}……`);
  const result = await importGrids(db, input, new Date());
  if (!result.ok) {
    console.error(`导入未进行，没有写入任何网格。发现 ${result.problems.length} 处问题：`);
    for (const line of describeProblems(result.problems)) console.error(`  ${line}`);
    return 1;
  }
  console.log(`导入完成：新增 ${result.created} 个网格，更新 ${result.replaced} 个网格（批次 ${result.importId}）。`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`导入失败，已撤销本次写入：${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
