#!/usr/bin/env node
// `npm run deploy`: puts the backend on a CloudBase environment with @cloudbase/cli (v2).
//
//   ENV_ID=<env id> YL_DATA_KEY=<base64 32 bytes> YL_LOOKUP_KEY=<base64 32 bytes> \
//   YL_TMPL_CONTRACT_REVIEW_RESULT=... YL_TMPL_RENEWAL_NOTICE=... \
//   YL_TMPL_MEDICATION_REMINDER=... YL_TMPL_MISSED_DOSE_ALERT=... YL_TMPL_APPOINTMENT_REMINDER=... YL_TMPL_APPOINTMENT_CANCELLED=... YL_TMPL_SLOT_AVAILABLE=... \
//   YL_TMPL_FAMILY_REQUEST=... npm run deploy
//
// 1. checks the variables, 2. bundles the functions (scripts/build.mjs), 3. checks cloudbaserc.json
// against the function folders, collections and indexes, 4. finds the CLI (`tcb` on PATH, otherwise
// `npx @cloudbase/cli@2`) and its login (`tcb login`, or TCB_API_KEY_ID / TCB_API_KEY for CI),
// 5. deploys every function with its timeout, timer triggers and variables (`tcb fn deploy --all
// --force`), 6. creates the collections and indexes and sets their rules to deny all client access
// (`tcb framework deploy`, database plugin). `--dry-run` stops after step 3 and prints the plan.
//
// The CLI fills {{env.NAME}} in cloudbaserc.json; here the values come from this process's
// environment, written into a private temporary copy of the config that is removed afterwards.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDeployConfig, resolveVariables } from './lib/deploy-config.mjs';
import { loadDeclaredProject } from './lib/declared-project.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dryRun = process.argv.includes('--dry-run');

function fail(lines) {
  console.error(['', ...lines, ''].join('\n'));
  process.exit(1);
}

function run(cmd, args, opts = {}) {
  console.log(`\n$ ${[cmd, ...args].join(' ')}`);
  const res = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  return res.status === 0;
}

// 1. Variables.
const project = await loadDeclaredProject(root);
const required = ['ENV_ID', ...project.variables];
const missing = required.filter((name) => !process.env[name]);
const badKeys = ['YL_DATA_KEY', 'YL_LOOKUP_KEY'].filter(
  (name) => process.env[name] && Buffer.from(process.env[name], 'base64').length !== 32,
);
if (missing.length > 0 || badKeys.length > 0) {
  fail([
    ...(missing.length ? [`Missing: ${missing.join(', ')}`] : []),
    ...(badKeys.length ? [`Not 32 bytes of base64: ${badKeys.join(', ')}`] : []),
    '',
    'ENV_ID                 the CloudBase environment (云开发控制台 → 环境 ID)',
    'YL_DATA_KEY            encrypts ID numbers; make one with: openssl rand -base64 32',
    'YL_LOOKUP_KEY          keys the ID-number lookup HMAC; make one the same way',
    '                       Keep both safe and never change them: data written with one key',
    '                       cannot be read with another.',
    ...project.templates.map((t) => `${t.variable.padEnd(30)} template ID of 「${t.title}」 (订阅消息 → 我的模板)`),
    '',
    'See README.md, "Deploy to CloudBase".',
  ]);
}

// 2. Function bundles.
if (!run(process.execPath, [path.join(root, 'scripts', 'build.mjs'), 'functions'], { cwd: root })) {
  fail(['Building the functions failed.']);
}

// 3. The config matches the project.
const rcFile = path.join(root, 'cloudbaserc.json');
const rc = JSON.parse(fs.readFileSync(rcFile, 'utf8'));
const problems = checkDeployConfig(rc, project);
if (problems.length > 0) {
  fail(['cloudbaserc.json is out of date:', ...problems.map((p) => `  - ${p}`), 'Run npm run deploy:config, review and commit it.']);
}
const resolved = resolveVariables(rc, process.env);
if (resolved.missing.length > 0) fail([`cloudbaserc.json needs: ${resolved.missing.join(', ')}`]);

console.log(`\nEnvironment ${process.env.ENV_ID}:`);
for (const f of rc.functions) {
  const triggers = f.triggers.map((t) => `${t.name} "${t.config}"`).join(', ');
  console.log(`  function ${f.name}: ${f.runtime}, ${f.timeout} s, ${f.memorySize} MB${triggers ? `, timers ${triggers}` : ''}`);
}
for (const c of rc.framework.plugins.database.inputs.collections) {
  const indexes = c.createIndexes.map((i) => `${i.keys[0].name}${i.unique ? ' (unique)' : ''}`).join(', ');
  console.log(`  collection ${c.collectionName}: rules ${JSON.stringify(c.aclRule)}${indexes ? `, indexes ${indexes}` : ''}`);
}
if (dryRun) {
  console.log('\n--dry-run: nothing deployed. Without --dry-run this runs:');
  console.log(`  tcb fn deploy --all --force -e ${process.env.ENV_ID}`);
  console.log(`  tcb framework deploy -e ${process.env.ENV_ID}`);
  process.exit(0);
}

// 4. The CLI and its login.
const hasTcb = spawnSync('tcb', ['--version'], { stdio: 'ignore' }).status === 0;
const cli = hasTcb ? ['tcb'] : ['npx', '--yes', '@cloudbase/cli@2'];
if (!hasTcb) console.log('\n`tcb` is not installed; using `npx @cloudbase/cli@2` (fetched from npm once). To install it: npm i -g @cloudbase/cli@2');
const tcb = (args, opts) => run(cli[0], [...cli.slice(1), ...args], { cwd: root, ...opts });

if (process.env.TCB_API_KEY_ID && process.env.TCB_API_KEY) {
  if (!tcb(['login', '--apiKeyId', process.env.TCB_API_KEY_ID, '--apiKey', process.env.TCB_API_KEY])) {
    fail(['Login with TCB_API_KEY_ID / TCB_API_KEY failed: check the key (腾讯云 → 访问管理 → API 密钥).']);
  }
} else if (!tcb(['env', 'list'], { stdio: ['inherit', 'ignore', 'ignore'] })) {
  fail([
    'The CloudBase CLI is not logged in. Either',
    '  run `tcb login` (opens the browser to authorise), or',
    '  set TCB_API_KEY_ID and TCB_API_KEY (a Tencent Cloud API key) for a non-interactive login.',
  ]);
}

// 5 and 6. Functions, then the database, from a private copy of the config with the values filled in.
// The CLI resolves functionRoot against its working directory, so the copy sits beside a link to
// cloudfunctions/.
const workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'yl-deploy-'));
const cleanup = () => fs.rmSync(workdir, { recursive: true, force: true });
process.on('SIGINT', () => {
  cleanup();
  process.exit(130);
});
let ok = false;
try {
  fs.chmodSync(workdir, 0o700);
  fs.writeFileSync(path.join(workdir, 'cloudbaserc.json'), JSON.stringify(resolved.config, null, 2), { mode: 0o600 });
  fs.symlinkSync(path.join(root, 'cloudfunctions'), path.join(workdir, 'cloudfunctions'), 'dir');
  const envId = process.env.ENV_ID;
  ok =
    tcb(['fn', 'deploy', '--all', '--force', '-e', envId], { cwd: workdir }) &&
    tcb(['framework', 'deploy', '-e', envId], { cwd: workdir });
} finally {
  cleanup();
}
if (!ok) fail(['Deploy stopped; see the CLI output above. Re-running is safe: functions are overwritten, existing collections and indexes are kept.']);

console.log(`
Deployed to ${process.env.ENV_ID}. Next:
  - build the mini-program with the same YL_TMPL_* variables: npm run build:weapp
  - in WeChat DevTools pick this environment (云开发 → 环境), then upload (上传) the mini-program.`);
