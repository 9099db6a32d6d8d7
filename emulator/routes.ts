import type { IncomingMessage, ServerResponse } from 'node:http';
import crypto from 'node:crypto';
import type { EmulatorDatabase } from './db';
import { FunctionHost, FunctionNotFoundError, FunctionTimeoutError } from './functions/function-host';
import { timerEvent } from './functions/timer-scheduler';
import { SubscribeMessages, OUTBOX_COLLECTION } from './wx/subscribe-message';
import { handleWxApi, type WxServices } from './wx/open-api';
import { IMAGE_PATH } from './wx/id-card-ocr';
import { renderLoginPage } from './dev/login-page';
import { PERSONAS } from './seed/personas';
import { BodyTooLargeError, MAX_BODY_BYTES, isJsonRequest, parseJson, readBody, readCookie, redirect, sendHtml, sendJson } from './http/io';
import { isAllowedHost } from './http/host-guard';
import { invokeFunctionAction } from './functions/invoke-action';
import { serveStatic } from './http/static-files';

export const IDENTITY_COOKIE = 'yl_openid';
const OPENID = /^[A-Za-z0-9_-]{3,64}$/;

interface RouteDeps {
  db: EmulatorDatabase;
  host: FunctionHost;
  messages: SubscribeMessages;
  phones: WxServices['phones'];
  idCards: WxServices['idCards'];
  faces: WxServices['faces'];
  h5Dir?: string;
  /** Host names accepted besides the loopback ones (the address the emulator was bound to). */
  allowedHosts?: string[];
  log: (line: string) => void;
}

/** The local identity: `x-openid` for scripts and tests, the dev-login cookie for the H5 app. */
function callerOpenid(req: IncomingMessage): string | null {
  const header = req.headers['x-openid'];
  const value = (Array.isArray(header) ? header[0] : header) ?? readCookie(req, IDENTITY_COOKIE);
  return value && OPENID.test(value) ? value : null;
}

const failure = (code: string, message: string) => ({ ok: false, error: { code, message } });

function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function createRoutes(deps: RouteDeps) {
  const { db, host, messages, log } = deps;
  const wx: WxServices = { messages, phones: deps.phones, idCards: deps.idCards, faces: deps.faces };

  /** A CloudBase error body, as the SDK expects it from `/admin`. */
  const adminError = (res: ServerResponse, status: number, code: string, message: string): void =>
    sendJson(res, status, { requestId: crypto.randomUUID(), code, message });

  async function admin(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isJsonRequest(req)) return adminError(res, 415, 'INVALID_PARAM', 'content-type must be application/json');
    let text: string;
    try {
      text = await readBody(req);
    } catch (err) {
      if (err instanceof BodyTooLargeError) return adminError(res, 413, 'EXCEED_REQUEST_SIZE_LIMIT', `request body exceeds ${MAX_BODY_BYTES} bytes`);
      return adminError(res, 400, 'SYS_ERR', String(err));
    }
    const body = parseJson(text);
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      return adminError(res, 200, 'INVALID_PARAM', 'request body must be a JSON object');
    }
    const request = body as Record<string, unknown>;
    if (request.action === 'functions.invokeFunction') {
      return sendJson(res, 200, await invokeFunctionAction(host, request, req.headers['x-tcb-source']));
    }
    if (request.action !== 'wx.api') return sendJson(res, 200, await db.handle(request));
    // Only an open-API call asks which function made it (the endpoint's `function` parameter).
    const caller = new URL(req.url ?? '/', 'http://local').searchParams.get('function');
    sendJson(res, 200, handleWxApi(request, wx, caller ? (host.openApisOf(caller) ?? []) : null));
  }

  /** A JSON request body, or null after answering 415/413/400 in the product's error shape. */
  async function jsonBody(req: IncomingMessage, res: ServerResponse): Promise<unknown> {
    if (!isJsonRequest(req)) {
      sendJson(res, 415, failure('INVALID_INPUT', '请求格式不正确'));
      return null;
    }
    try {
      return parseJson(await readBody(req));
    } catch (err) {
      if (err instanceof BodyTooLargeError) sendJson(res, 413, failure('INVALID_INPUT', '提交的内容过大，请精简后再试'));
      else sendJson(res, 400, failure('INVALID_INPUT', '请求格式不正确'));
      return null;
    }
  }

  async function callFunction(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (!host.has(name)) {
      sendJson(res, 404, failure('NOT_FOUND', `没有名为 ${name} 的云函数`));
      return;
    }
    const event = await jsonBody(req, res);
    if (res.headersSent) return;
    if (event === null || typeof event !== 'object' || Array.isArray(event)) {
      sendJson(res, 400, failure('INVALID_INPUT', '请求格式不正确'));
      return;
    }
    try {
      const result = await host.invoke(name, event as Record<string, unknown>, { openid: callerOpenid(req) });
      sendJson(res, 200, result ?? null);
    } catch (err) {
      if (err instanceof FunctionNotFoundError) sendJson(res, 404, failure('NOT_FOUND', `没有名为 ${name} 的云函数`));
      else if (err instanceof FunctionTimeoutError) sendJson(res, 504, failure('INTERNAL', '服务响应超时，请稍后再试'));
      else {
        log(`function ${name} threw: ${(err as Error).stack ?? err}`);
        sendJson(res, 500, failure('INTERNAL', '系统繁忙，请稍后再试'));
      }
    }
  }

  /**
   * Fires a timer trigger now, or as the scheduler would at `?at=<ISO time>` (the event's `Time`, which
   * is all a timer run knows of the clock): demos and e2e tests move the clock forward this way.
   */
  async function runTimer(res: ServerResponse, fnName: string, triggerName: string, at: string | null): Promise<void> {
    const trigger = host.functions().find((f) => f.name === fnName)?.triggers.find((t) => t.name === triggerName);
    if (!trigger) {
      sendJson(res, 404, failure('NOT_FOUND', `没有定时触发器 ${fnName}.${triggerName}`));
      return;
    }
    const when = at === null ? new Date() : new Date(at);
    if (Number.isNaN(when.getTime())) {
      sendJson(res, 400, failure('INVALID_INPUT', 'at 应为 ISO 时间，如 2026-03-10T08:00:00+08:00'));
      return;
    }
    const result = await host.invoke(fnName, timerEvent(trigger, when), { openid: null, timer: true });
    sendJson(res, 200, result ?? null);
  }

  async function login(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method === 'GET') {
      sendHtml(res, 200, renderLoginPage(PERSONAS, safeNext(url.searchParams.get('next')), callerOpenid(req) ?? undefined));
      return;
    }
    const form = new URLSearchParams(await readBody(req));
    const openid = form.get('openid') ?? '';
    const next = safeNext(form.get('next'));
    if (!OPENID.test(openid)) {
      sendHtml(res, 400, renderLoginPage(PERSONAS, next));
      return;
    }
    redirect(res, next, { 'set-cookie': `${IDENTITY_COOKIE}=${encodeURIComponent(openid)}; Path=/; SameSite=Lax; HttpOnly` });
  }

  /**
   * The WeChat client's side of the phone-number button and of a photo upload, for tests and the
   * browser build: `getPhoneNumber` plays the user agreeing in the button's dialog (a one-time code
   * for the signed-in user's number, `{ phoneNumber }` to choose it), `uploadImage` keeps a picture
   * (`{ base64 }`) and answers the URL cloud storage would give, served at `IMAGE_PATH`.
   */
  async function devWx(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
    if (pathname === '/__dev/wx/getPhoneNumber' && req.method === 'POST') {
      const openid = callerOpenid(req);
      const body = (await jsonBody(req, res)) as { phoneNumber?: unknown } | null | undefined;
      if (res.headersSent) return true;
      const chosen = typeof body?.phoneNumber === 'string' && /^1[3-9]\d{9}$/.test(body.phoneNumber) ? body.phoneNumber : undefined;
      if (!openid) sendJson(res, 400, { errMsg: 'getPhoneNumber:fail not logged in' });
      else sendJson(res, 200, { errMsg: 'getPhoneNumber:ok', code: deps.phones.issue(openid, chosen) });
      return true;
    }
    if (pathname === '/__dev/wx/startFacialRecognitionVerify' && req.method === 'POST') {
      const openid = callerOpenid(req);
      const body = (await jsonBody(req, res)) as { name?: unknown; idCardNumber?: unknown } | null | undefined;
      if (res.headersSent) return true;
      if (!openid) sendJson(res, 401, { errCode: 10001, errMsg: 'startFacialRecognitionVerify:fail not signed in' });
      else sendJson(res, 200, deps.faces.start(openid, body ?? {}));
      return true;
    }
    if (pathname === '/__dev/wx/uploadImage' && req.method === 'POST') {
      const body = (await jsonBody(req, res)) as { base64?: unknown } | null | undefined;
      if (res.headersSent) return true;
      const bytes = typeof body?.base64 === 'string' ? Buffer.from(body.base64, 'base64') : Buffer.alloc(0);
      if (bytes.length === 0) sendJson(res, 400, { errMsg: 'uploadFile:fail empty file' });
      else sendJson(res, 200, { errMsg: 'uploadFile:ok', url: `http://${req.headers.host ?? '127.0.0.1'}${deps.idCards.upload(bytes)}` });
      return true;
    }
    if (pathname.startsWith(IMAGE_PATH) && req.method === 'GET') {
      const bytes = deps.idCards.image(pathname.slice(IMAGE_PATH.length));
      if (!bytes) sendJson(res, 404, failure('NOT_FOUND', '图片不存在'));
      else {
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'cache-control': 'no-store' });
        res.end(bytes);
      }
      return true;
    }
    return false;
  }

  return async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req, deps.allowedHosts)) return sendJson(res, 403, failure('FORBIDDEN', '本地环境只接受 127.0.0.1 或 localhost 的访问'));
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const { pathname } = url;
    if (pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (pathname === '/admin' && req.method === 'POST') return admin(req, res);
    const fn = /^\/functions\/([A-Za-z0-9_-]+)$/.exec(pathname);
    if (fn && req.method === 'POST') return callFunction(req, res, fn[1]);
    if (pathname === '/__dev/login') return login(req, res, url);
    if (pathname === '/__dev/logout') {
      return redirect(res, '/__dev/login', { 'set-cookie': `${IDENTITY_COOKIE}=; Path=/; Max-Age=0` });
    }
    const timer = /^\/__dev\/timers\/([A-Za-z0-9_-]+)\/([A-Za-z0-9_-]+)$/.exec(pathname);
    if (timer && req.method === 'POST') return runTimer(res, timer[1], timer[2], url.searchParams.get('at'));
    if (pathname === '/__dev/wx/requestSubscribeMessage' && req.method === 'POST') {
      const openid = callerOpenid(req);
      const body = (await jsonBody(req, res)) as { tmplIds?: unknown } | null | undefined;
      if (res.headersSent) return;
      const ids = Array.isArray(body?.tmplIds) ? body.tmplIds.filter((t): t is string => typeof t === 'string') : [];
      if (!openid || ids.length === 0) return sendJson(res, 400, { errMsg: 'requestSubscribeMessage:fail invalid request' });
      return sendJson(res, 200, { errMsg: 'requestSubscribeMessage:ok', ...messages.grant(openid, ids) });
    }
    if (pathname.startsWith('/__dev/wx/')) {
      const handled = await devWx(req, res, pathname);
      if (handled) return;
    }
    if (pathname === '/__dev/outbox' && req.method === 'GET') {
      const touser = url.searchParams.get('touser');
      const list = db.find(OUTBOX_COLLECTION, touser ? { touser } : {}, { sort: { sentAt: -1 }, limit: 100 });
      return sendJson(res, 200, { list });
    }
    if (deps.h5Dir && serveStatic(deps.h5Dir, req, res, pathname)) return;
    sendJson(res, 404, failure('NOT_FOUND', '页面不存在'));
  };
}
