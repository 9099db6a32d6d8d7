/**
 * Runs the built mini-program (dist/weapp) in miniprogram-simulate: the real app.js, Taro runtime and
 * page bundles, the real base.wxml templates compiled by WeChat's own wcc, rendered by j-component in
 * jsdom. WeChat's `Page` constructor is not part of miniprogram-simulate, so a page is registered as
 * the component it behaves like (page lifecycles mapped onto component lifetimes), and `wx` gets the
 * few APIs the app calls: `cloud.callFunction` answers from fixtures, navigation is recorded, and
 * `onNeedPrivacyAuthorization` can be fired as WeChat fires it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { builtDir } from '../../build-root';

export const WEAPP_DIR = builtDir('weapp');

export interface AppJson {
  pages: string[];
  subPackages?: Array<{ root: string; pages: string[]; name?: string }>;
  preloadRule?: Record<string, { network?: string; packages: string[] }>;
  tabBar?: { list: Array<{ pagePath: string; iconPath?: string; selectedIconPath?: string }> };
  [key: string]: unknown;
}

export function readAppJson(): AppJson {
  const file = path.join(WEAPP_DIR, 'app.json');
  if (!fs.existsSync(file)) {
    throw new Error(`${WEAPP_DIR} is not built: run \`npm run build:weapp\` (npm test builds its own copy when stale)`);
  }
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Every page route of the build, main package first, then each subpackage's. */
export function allRoutes(app: AppJson = readAppJson()): string[] {
  const sub = (app.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root.replace(/\/$/, '')}/${page}`));
  return [...app.pages, ...sub];
}

/** What a function call carried: `{ action, input, requestId? }` sent to function `name`. */
export interface CloudCall {
  name: string;
  action: string;
  input: unknown;
  requestId?: string;
}

/** A fixture reply: the `data` of `{ ok: true, data }`, an `ApiFailure`, or a function of the call. */
export type Reply = unknown;
export class ApiFailure {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

export interface PrivacyRequest {
  /** What the app answered through WeChat's resolve callback, in order. */
  answers: Array<{ event: string; buttonId?: string }>;
}

export interface RenderedPage {
  route: string;
  /** All text on the page, as the user reads it. */
  text(): string;
  /** Resolves once `text` appears; fails with the page's text after the timeout. */
  waitForText(text: string, timeoutMs?: number): Promise<void>;
  /** Resolves once `text` is no longer on the page. */
  waitForTextGone(text: string, timeoutMs?: number): Promise<void>;
  /** Taps the innermost element whose text is exactly `text`. */
  tap(text: string): Promise<void>;
  /** Fires a WeChat event (e.g. `agreeprivacyauthorization`) on the element with this id. */
  fire(id: string, eventName: string, detail?: Record<string, unknown>): Promise<void>;
  /** The WXML attributes of the element with this id, as the template set them (camelCase: `openType`). */
  attrs(id: string): Record<string, unknown>;
  /**
   * Resolves once the one element whose `aria-label` is `label` has these WXML attributes (what
   * WeChat's screen reader reads; camelCase, as for `attrs`: aria-role arrives as `ariaRole`); fails
   * with what it has after the timeout.
   */
  waitForLabelled(label: string, expected: Record<string, unknown>, timeoutMs?: number): Promise<void>;
  /** Taps the element whose `aria-label` is `label`. */
  tapByLabel(label: string): Promise<void>;
  /** The `aria-label` of every input and textarea on the page ('' for one without). */
  inputLabels(): string[];
}

export interface MiniProgram {
  calls: CloudCall[];
  navigations: Array<{ api: string; url: string }>;
  render(route: string, query?: Record<string, string>): Promise<RenderedPage>;
  /** Does what WeChat does when a privacy API needs consent: calls the app's listener. */
  needPrivacyAuthorization(referrer?: string): PrivacyRequest;
}

const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts a fresh mini-program: a new module registry (so app.js and the webpack runtime run again),
 * a new `wx`, and the app launched. Replies are keyed by `'<function>.<action>'`; `phone` sets what
 * WeChat reports about the phone (its font size setting: 17 is standard, 20 and above large).
 */
export function startMiniProgram(replies: Record<string, Reply> = {}, phone: { fontSizeSetting?: number } = {}): MiniProgram {
  const app = readAppJson();
  jest.resetModules();
  const g = globalThis as Record<string, any>;
  delete g.wx;
  const simulate = require('miniprogram-simulate');
  const exparser = require('miniprogram-exparser');

  const calls: CloudCall[] = [];
  const navigations: MiniProgram['navigations'] = [];
  const storage = new Map<string, unknown>();
  let privacyListener: ((resolve: (o: { event: string; buttonId?: string }) => void, info: unknown) => void) | null =
    null;
  const record = (api: string) => (opts: { url: string; success?: () => void; complete?: () => void }) => {
    navigations.push({ api, url: opts.url });
    opts.success?.();
    opts.complete?.();
  };

  Object.assign(g.wx, {
    cloud: {
      init() {},
      callFunction({ name, data }: { name: string; data: { action: string; input: unknown; requestId?: string } }) {
        calls.push({ name, action: data.action, input: data.input, requestId: data.requestId });
        const key = `${name}.${data.action}`;
        const reply = key in replies ? replies[key] : new ApiFailure('NOT_FOUND', `没有 ${key} 的测试数据`);
        const value = typeof reply === 'function' ? reply(data.input) : reply;
        const result =
          value instanceof ApiFailure
            ? { ok: false, error: { code: value.code, message: value.message } }
            : { ok: true, data: value };
        return Promise.resolve({ result, requestID: 'test', errMsg: 'cloud.callFunction:ok' });
      },
    },
    onNeedPrivacyAuthorization(listener: typeof privacyListener) {
      privacyListener = listener;
    },
    navigateTo: record('navigateTo'),
    redirectTo: record('redirectTo'),
    switchTab: record('switchTab'),
    reLaunch: record('reLaunch'),
    getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
    getAppBaseInfo: () => ({ SDKVersion: '3.8.10', fontSizeSetting: phone.fontSizeSetting ?? 17, language: 'zh_CN', theme: 'light' }),
  });

  const apps: Array<Record<string, (...args: unknown[]) => void>> = [];
  const stack: Array<Record<string, any>> = [];
  let loadingRoute = '';
  let loadingQuery: Record<string, string> = {};
  g.App = (config: Record<string, (...args: unknown[]) => void>) => void apps.push(config);
  g.getApp = () => apps[0];
  g.getCurrentPages = () => stack;
  g.Page = (options: Record<string, unknown>) => {
    const route = loadingRoute;
    const query = loadingQuery;
    const methods: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(options)) if (typeof value === 'function') methods[key] = value;
    // A page behaves like a component whose host is the page: load on attach, then show and ready.
    g.Component({
      data: options.data,
      methods,
      lifetimes: {
        attached(this: Record<string, any>) {
          this.route = route;
          this.__route__ = route;
          stack.push(this);
          this.onLoad(query);
        },
        ready(this: Record<string, any>) {
          this.onShow();
          this.onReady();
        },
        detached(this: Record<string, any>) {
          this.onUnload();
          stack.splice(stack.indexOf(this), 1);
        },
      },
    });
  };

  require(path.join(WEAPP_DIR, 'app.js'));
  const launch = { path: app.pages[0], query: {}, scene: 1001 };
  apps[0]?.onLaunch?.(launch);
  apps[0]?.onShow?.(launch);

  const byId = (root: HTMLElement, id: string) => {
    const el = Array.from(root.querySelectorAll('*')).find((node) => (node as any).__wxElement?.id === id);
    if (!el) throw new Error(`no element #${id} on the page:\n${root.textContent}`);
    return el as HTMLElement & { __wxElement: any };
  };
  const dispatch = async (target: unknown, name: string, detail: Record<string, unknown> = {}) => {
    exparser.Event.dispatchEvent(
      target,
      exparser.Event.create(name, detail, { bubbles: true, composed: true, capturePhase: true, extraFields: {} }),
    );
    await settle(20);
  };

  return {
    calls,
    navigations,
    async render(route, query = {}) {
      loadingRoute = route;
      loadingQuery = query;
      const id = simulate.load(path.join(WEAPP_DIR, route), {
        rootPath: WEAPP_DIR,
        // wcc prints every template of base.wxml; the default 1 MB buffer is not enough.
        compilerOptions: { maxBuffer: 64 * 1024 * 1024 },
      });
      const comp = simulate.render(id);
      comp.attach(document.createElement('parent-wrapper'));
      const root = comp.dom as HTMLElement;
      const text = () => (root.textContent ?? '').replace(/\s+/g, ' ').trim();
      // Taro renders through React and setData asynchronously; on a busy machine that takes a while.
      const waitUntil = async (done: () => boolean, timeoutMs = 5000, what: () => string) => {
        const started = Date.now();
        while (!done()) {
          if (Date.now() - started > timeoutMs) throw new Error(`${what()}; the page shows:\n${text() || '(nothing)'}`);
          await settle(20);
        }
      };
      const attrsOf = (el: Element): Record<string, unknown> => {
        const vt = (el as any).__wxElement?._vt;
        return Object.fromEntries((vt?.attrs ?? []).map((a: { name: string; value: unknown }) => [a.name, a.value]));
      };
      const labelled = (label: string) => Array.from(root.querySelectorAll('*')).filter((el) => attrsOf(el).ariaLabel === label);
      const byLabel = (label: string) => {
        const found = labelled(label);
        if (found.length !== 1) throw new Error(`${found.length} elements labelled "${label}" on ${route}:\n${text()}`);
        return found[0];
      };
      const matches = (label: string, expected: Record<string, unknown>) => {
        const found = labelled(label);
        return found.length === 1 && Object.entries(expected).every(([name, value]) => attrsOf(found[0])[name] === value);
      };
      const page: RenderedPage = {
        route,
        text,
        waitForText: (expected, timeoutMs) =>
          waitUntil(() => text().includes(expected), timeoutMs, () => `"${expected}" did not appear on ${route}`),
        waitForTextGone: (gone, timeoutMs) =>
          waitUntil(() => !text().includes(gone), timeoutMs, () => `"${gone}" stayed on ${route}`),
        async tap(label) {
          const candidates = Array.from(root.querySelectorAll('*')).filter(
            (el) => (el.textContent ?? '').trim() === label,
          );
          const innermost = candidates.find((el) => !candidates.some((other) => other !== el && el.contains(other)));
          if (!innermost) throw new Error(`nothing reads "${label}" on ${route}:\n${text()}`);
          await dispatch((innermost as any).__wxElement, 'tap', { x: 0, y: 0 });
        },
        async fire(elementId, eventName, detail = {}) {
          await dispatch(byId(root, elementId).__wxElement, eventName, detail);
        },
        attrs(elementId) {
          return attrsOf(byId(root, elementId));
        },
        waitForLabelled: (label, expected, timeoutMs) =>
          waitUntil(() => matches(label, expected), timeoutMs, () => {
            const found = labelled(label);
            const has = found.length === 1 ? JSON.stringify(attrsOf(found[0])) : `${found.length} elements so labelled`;
            return `"${label}" on ${route} is not ${JSON.stringify(expected)}: ${has}`;
          }),
        async tapByLabel(label) {
          await dispatch((byLabel(label) as any).__wxElement, 'tap', { x: 0, y: 0 });
        },
        inputLabels() {
          return Array.from(root.querySelectorAll('*'))
            .filter((el) => /^(wx-)?(input|textarea)$/i.test(el.tagName))
            .map((el) => String(attrsOf(el).ariaLabel ?? ''));
        },
      };
      await settle(20);
      return page;
    },
    needPrivacyAuthorization(referrer = 'getLocation') {
      if (!privacyListener) throw new Error('the app never called wx.onNeedPrivacyAuthorization');
      const request: PrivacyRequest = { answers: [] };
      privacyListener((answer) => request.answers.push(answer), { referrer });
      return request;
    },
  };
}
