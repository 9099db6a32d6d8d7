import path from 'node:path';
import fs from 'node:fs';
import { startEmulator } from './server';
import { PERSONAS } from './seed/personas';

/**
 * The local CloudBase as one process: `PORT` (default 8787), `DATA_DIR` (default .data/), `SEED=0` to
 * start empty, `SEED=base` for the demo data without the demo story (what tests start from), `TIMERS=0` to keep timer triggers from firing, `H5_DIR` for the built app.
 */
async function main(): Promise<void> {
  const root = process.env.APP_ROOT ?? process.cwd();
  const h5Dir = path.resolve(root, process.env.H5_DIR ?? 'dist/h5');
  const emulator = await startEmulator({
    port: Number(process.env.PORT ?? 8787),
    dataDir: path.resolve(root, process.env.DATA_DIR ?? '.data'),
    functionsDir: path.resolve(root, 'cloudfunctions'),
    h5Dir: fs.existsSync(h5Dir) ? h5Dir : undefined,
    seed: process.env.SEED !== '0',
    demoStory: process.env.SEED !== '0' && process.env.SEED !== 'base',
    timers: process.env.TIMERS !== '0',
    log: (line) => console.error(line),
  });
  console.log(`EMULATOR READY ${emulator.url}`);
  if (process.env.QUIET !== '1') {
    console.log(`\n云岭家医 本地环境已启动: ${emulator.url}/`);
    console.log(`选择身份: ${emulator.url}/__dev/login`);
    console.log('演示身份:');
    for (const p of PERSONAS) console.log(`  ${p.nickname.padEnd(6, '　')} ${p.openid.padEnd(22)} ${p.description}`);
    console.log('\n按 Ctrl-C 停止。数据保存在 DATA_DIR，重启后仍在。');
  }
  let closing = false;
  const stop = (): void => {
    if (closing) return;
    closing = true;
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
