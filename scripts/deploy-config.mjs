#!/usr/bin/env node
// Checks cloudbaserc.json against what the project declares (function folders and their config.json,
// collections and indexes, the variables the functions read) and prints what is off.
//   node scripts/deploy-config.mjs          check, exit 1 when out of date
//   node scripts/deploy-config.mjs --write  rewrite cloudbaserc.json (npm run deploy:config)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDeployConfig, renderCloudbaserc } from './lib/deploy-config.mjs';
import { loadDeclaredProject } from './lib/declared-project.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.join(root, 'cloudbaserc.json');
const project = await loadDeclaredProject(root);

if (process.argv.includes('--write')) {
  fs.writeFileSync(file, `${JSON.stringify(renderCloudbaserc(project), null, 2)}\n`);
  console.log(`wrote ${path.relative(root, file)}: ${project.functions.length} functions, ${project.collections.length} collections, ${project.indexes.length} indexes`);
  process.exit(0);
}

const rc = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
const problems = checkDeployConfig(rc, project);
if (problems.length > 0) {
  console.error(`cloudbaserc.json is out of date:\n  - ${problems.join('\n  - ')}\nRun npm run deploy:config to rewrite it.`);
  process.exit(1);
}
console.log('cloudbaserc.json matches the function folders, collections and indexes');
