import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { builtDir } from '../build-root';
import { perFile } from '../per-file';
import { replyLeaks } from '../functions/security/reply-recorder';

const ROOT = path.resolve(__dirname, '../..');
export const SCREENSHOTS = path.join(__dirname, '__screenshots__');

export interface App {
  url: string;
  browser: Browser;
  /** A new page (phone-sized) already logged in as `openid` through the dev login. */
  pageAs(openid: string): Promise<Page>;
  /** Calls a function as `openid` the way the app does, for setting the scene; a refusal throws. */
  callAs(openid: string, fn: string, action: string, input: unknown): Promise<any>;
  /** Saves the whole page on screen, at rest, under tests/e2e/__screenshots__/<name>.png. */
  screenshot(page: Page, name: string): Promise<string>;
  /** Stops everything; fails when any reply of the journey carried a full ID number or someone else's openid. */
  close(): Promise<void>;
}

/** The page on screen: pages lower in the navigation stack stay in the DOM, hidden. */
export const visible = (page: Page, text: string | RegExp) => page.getByText(text).locator('visible=true').first();

/** Taps the visible control whose whole text is `text`. */
export const tap = (page: Page, text: string) => page.getByText(text, { exact: true }).locator('visible=true').first().click();

/** Types `text` into the map's search box and taps 查找. */
export async function searchMap(page: Page, text: string): Promise<void> {
  await page.locator('.map-search__input input').locator('visible=true').fill(text);
  await page.locator('.map-search__go .ui-button').locator('visible=true').click();
}

/**
 * The text fields of one form, whose fields carry the class `<form>-field--<name>`: `input` is the
 * visible input of a field, `fill` taps it and types `value` into it, as a person does.
 */
export function formFields(form: string) {
  const input = (page: Page, name: string) => page.locator(`.${form}-field--${name} input`).locator('visible=true').first();
  return {
    input,
    async fill(page: Page, name: string, value: string): Promise<void> {
      const box = input(page, name);
      await box.click();
      await box.fill(value);
    },
  };
}

/** Waits for page transitions to finish, so a screenshot shows the page at rest. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
}

/**
 * Screenshots the whole page on screen. Taro's H5 pages scroll inside their own box, one screen
 * high, so the window is made as tall as the page for the picture, then put back.
 */
async function shootWholePage(page: Page, name: string): Promise<string> {
  await settle(page);
  const size = page.viewportSize()!;
  const height = await page.evaluate(() => {
    const shown = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).filter((el) => el.checkVisibility());
    const top = shown[shown.length - 1];
    // A tab page leaves room for the tab bar (fixed at the bottom) under its last line.
    return top ? top.scrollHeight : window.innerHeight;
  });
  await page.setViewportSize({ width: size.width, height: Math.min(Math.max(size.height, height), 8000) });
  await page.evaluate(() => document.querySelectorAll('.taro_page').forEach((el) => el.scrollTo(0, 0)));
  await settle(page);
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await page.setViewportSize(size);
  return file;
}

/**
 * Starts the product exactly as `npm start` does (scripts/start.mjs) on a free port with an empty
 * data dir of its own, seeded with the demo accounts, grids and teams but not the demo story (the
 * tests make their own records), and a headless Debian Chromium. The H5 build must already exist (npm test builds it).
 */
export async function startApp(): Promise<App> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yl-e2e-'));
  const server: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, QUIET: '1', TIMERS: '0', SEED: 'base', SKIP_H5_BUILD: '1', H5_DIR: builtDir('h5') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /EMULATOR READY (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  // Every function reply of the journey, to the page or to the scene-setting calls, is scanned.
  const leaks: string[] = [];
  const scans: Promise<void>[] = [];
  const scanReply = (openid: string, res: Response) => {
    const where = new URL(res.url());
    if (where.origin !== new URL(url).origin || !where.pathname.startsWith('/functions/')) return;
    scans.push(
      (async () => {
        const body = JSON.parse(res.request().postData() ?? '{}') as { action?: string };
        const text = await res.text().catch(() => null); // a page closed before its reply was read
        if (text) leaks.push(...replyLeaks(openid, `${decodeURIComponent(where.pathname.slice(11))}.${body.action}`, JSON.parse(text)));
      })(),
    );
  };
  return {
    url,
    browser,
    async pageAs(openid) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN' });
      await context.addCookies([{ name: 'yl_openid', value: openid, url }]);
      const page = await context.newPage();
      page.on('response', (res) => scanReply(openid, res));
      return page;
    },
    async callAs(openid, fn, action, input) {
      const res = await fetch(`${url}/functions/${fn}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-openid': openid },
        body: JSON.stringify({ action, input }),
      });
      const reply = await res.json();
      leaks.push(...replyLeaks(openid, `${fn}.${action}`, reply));
      if (!reply.ok) throw new Error(`${fn}.${action}: ${JSON.stringify(reply.error)}`);
      return reply.data;
    },
    screenshot: shootWholePage,
    async close() {
      await Promise.all(scans);
      await browser.close();
      server.kill('SIGINT');
      await new Promise((r) => server.once('exit', r));
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (leaks.length > 0) throw new Error(`replies gave away what the caller may not see:\n${[...new Set(leaks)].join('\n')}`);
    },
  };
}

/** The app as a test file sees it: started before its first test, stopped after its last. */
export type SuiteApp = Omit<App, 'close'>;

/**
 * Starts the app (startApp) before the tests of the calling file and stops it after them, which
 * fails the file when a reply gave away what its caller may not see. Call it at the top of the file.
 */
export function startAppForFile(): SuiteApp {
  const running = perFile('app', startApp, (app) => app.close());
  return {
    get url() {
      return running().url;
    },
    get browser() {
      return running().browser;
    },
    pageAs: (openid) => running().pageAs(openid),
    callAs: (openid, fn, action, input) => running().callAs(openid, fn, action, input),
    screenshot: (page, name) => running().screenshot(page, name),
  };
}

/**
 * `openid` goes through 人脸核身 for her own record (WeChat's check played by the local server) and
 * the backend checks the result (through app.callAs, so its reply is scanned like every other), as the
 * app's verify page does: family can reach her only after this.
 */
export async function verifyIdentityAs(app: Pick<SuiteApp, 'url' | 'callAs'>, openid: string, name: string, idCardNumber: string): Promise<void> {
  const headers = { 'content-type': 'application/json', 'x-openid': openid };
  const face = await fetch(`${app.url}/__dev/wx/startFacialRecognitionVerify`, { method: 'POST', headers, body: JSON.stringify({ name, idCardNumber }) });
  const { verifyResult } = (await face.json()) as { verifyResult?: string };
  await app.callAs(openid, 'resident', 'verifyIdentity', { verifyResult });
}
