import Taro from '@tarojs/taro';
import { call } from '../../client/src/api/call';
import { ApiCallError } from '../../client/src/api/api-call-error';
import { newRequestId } from '../../client/src/api/request-id';
import { redirectToLogin } from '../../client/src/api/transport';
import { residentAccount } from './support/factories';

const fetchMock = jest.fn();

function reply(body: unknown) {
  fetchMock.mockResolvedValueOnce({ json: async () => body });
}

/** Runs `fn` with a stand-in window.location (jsdom cannot navigate) and returns the navigations. */
async function navigationsDuring(fn: () => Promise<unknown> | void, path = '/pages/me/index', search = '') {
  const assign = jest.fn();
  const original = window.location;
  Object.defineProperty(window, 'location', { configurable: true, value: { pathname: path, search, assign } });
  try {
    await fn();
  } finally {
    Object.defineProperty(window, 'location', { configurable: true, value: original });
  }
  return assign.mock.calls.map((c) => c[0]);
}

async function rejection(p: Promise<unknown>): Promise<ApiCallError> {
  try {
    await p;
  } catch (err) {
    return err as ApiCallError;
  }
  throw new Error('expected the call to fail');
}

beforeEach(() => {
  fetchMock.mockReset();
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  process.env.TARO_ENV = 'h5';
});

describe('call()', () => {
  it('rejects input that breaks the schema with INVALID_INPUT and the field, sending nothing', async () => {
    const err = await rejection(call('resident.setElderMode', { enabled: 'yes' } as never));

    expect(err).toBeInstanceOf(ApiCallError);
    expect(err.code).toBe('INVALID_INPUT');
    expect(err.field).toBe('enabled');
    expect(err.message).toBe('enabled 填写有误');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the Chinese message a schema gives for a rule a person can break', async () => {
    const err = await rejection(call('resident.requestAccess', { name: '李桂兰', idNumber: '123', relation: 'child', scopes: ['view'] } as never));

    expect(err.code).toBe('INVALID_INPUT');
    expect(err.field).toBe('idNumber');
    expect(err.message).toMatch(/身份证/);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('posts { action, input, requestId } to the function that serves the action', async () => {
    reply({ ok: true, data: residentAccount({ elderMode: true }) });

    const out = await call('resident.setElderMode', { enabled: true }, { requestId: 'a1b2c3d4e5f60718' });

    expect(out.elderMode).toBe(true);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/functions/resident');
    expect(init).toMatchObject({ method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' } });
    expect(JSON.parse(init.body)).toEqual({ action: 'setElderMode', input: { enabled: true }, requestId: 'a1b2c3d4e5f60718' });
  });

  it('turns { ok: false } into an ApiCallError with the code, the Chinese message and the field', async () => {
    reply({ ok: false, error: { code: 'FORBIDDEN', message: '您不能查看这位居民的信息', field: 'residentId' } });

    const err = await rejection(call('resident.me', {}));

    expect(err).toBeInstanceOf(ApiCallError);
    expect(err.code).toBe('FORBIDDEN');
    expect(err.message).toBe('您不能查看这位居民的信息');
    expect(err.field).toBe('residentId');
  });

  it('falls back to the default Chinese message and to INTERNAL for a code it does not know', async () => {
    reply({ ok: false, error: { code: 'TEAPOT', message: '' } });

    const err = await rejection(call('resident.me', {}));

    expect(err.code).toBe('INTERNAL');
    expect(err.message).toBe('系统繁忙，请稍后再试');
  });

  it('reports a lost connection in Chinese', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));

    const err = await rejection(call('resident.me', {}));

    expect(err.code).toBe('INTERNAL');
    expect(err.message).toBe('网络连接不稳定，请检查网络后重试');
  });

  it('sends the browser to the sign-in page when the server does not know the caller', async () => {
    reply({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } });
    let err: ApiCallError | undefined;

    const navigations = await navigationsDuring(async () => {
      err = await rejection(call('resident.me', {}));
    });

    expect(err?.code).toBe('UNAUTHENTICATED');
    expect(navigations).toEqual(['/__dev/login?next=%2Fpages%2Fme%2Findex']);
  });

  it('calls the cloud function through Taro.cloud in the mini-program and reads res.result', async () => {
    process.env.TARO_ENV = 'weapp';
    const callFunction = jest.fn().mockResolvedValue({ result: { ok: true, data: residentAccount() } });
    const taro = Taro as unknown as { cloud?: unknown };
    const before = taro.cloud;
    taro.cloud = { callFunction };
    try {
      const out = await call('resident.me', {});
      expect(out.nickname).toBe('李桂兰');
      expect(callFunction).toHaveBeenCalledWith({ name: 'resident', data: { action: 'me', input: {} } });
      expect(fetchMock).not.toHaveBeenCalled();
    } finally {
      taro.cloud = before;
    }
  });
});

describe('newRequestId()', () => {
  it('makes a fresh 32-character hex key every time', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newRequestId()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('redirectToLogin()', () => {
  it('keeps the query of the current page in the way back', async () => {
    const navigations = await navigationsDuring(() => redirectToLogin(), '/pages/me/index', '?from=tab');
    expect(navigations).toEqual(['/__dev/login?next=%2Fpages%2Fme%2Findex%3Ffrom%3Dtab']);
  });
});
