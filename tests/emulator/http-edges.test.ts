import http from 'node:http';
import { startHarness, type Harness } from './helpers/harness';
import { MAX_BODY_BYTES } from '../../emulator/http/io';
import { hostName } from '../../emulator/http/host-guard';

let h: Harness;
let port: number;

beforeAll(async () => {
  h = await startHarness();
  port = Number(new URL(h.url).port);
});
afterAll(() => h.close());

interface Reply {
  status: number;
  json: any;
}

/** A raw request, so that the Host and content-type headers are exactly what a browser page could send. */
function request(path: string, opts: { host?: string; type?: string; body?: string | Buffer; method?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { host: opts.host ?? `127.0.0.1:${port}` };
    if (opts.type) headers['content-type'] = opts.type;
    if (opts.body !== undefined) headers['content-length'] = Buffer.byteLength(opts.body);
    const req = http.request({ host: '127.0.0.1', port, path, method: opts.method ?? 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : null }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

const countDocs = { action: 'database.calculateDocument', collectionName: 'edge', queryType: 'WHERE', query: '{}' };

describe('emulator HTTP edges', () => {
  beforeAll(() => h.db.ensureCollection('edge'));

  it('answers a body over the size limit with 413 and a CloudBase error body, not a reset, and stores nothing', async () => {
    const big = JSON.stringify({ action: 'database.insertDocument', collectionName: 'edge', data: [JSON.stringify({ pad: 'x'.repeat(MAX_BODY_BYTES) })] });
    const reply = await request('/admin', { type: 'application/json', body: big });
    expect(reply.status).toBe(413);
    expect(reply.json).toMatchObject({ code: 'EXCEED_REQUEST_SIZE_LIMIT', requestId: expect.any(String) });
    expect(h.db.count('edge')).toBe(0);
  });

  it('keeps serving after an over-size body', async () => {
    const reply = await request('/admin', { type: 'application/json', body: JSON.stringify(countDocs) });
    expect(reply).toMatchObject({ status: 200, json: { data: { total: 0 } } });
  });

  it.each(['127.0.0.1', 'localhost', '[::1]'])('accepts the loopback name %s with any port', async (name) => {
    for (const host of [name, `${name}:${port}`, `${name}:1`]) {
      const reply = await request('/admin', { host, type: 'application/json', body: JSON.stringify(countDocs) });
      expect(reply.status).toBe(200);
    }
  });

  it.each(['evil.example', 'evil.example:8787', '127.0.0.1.evil.example', 'localhost.evil.example', '192.168.1.5:8787', '[::2]'])(
    'refuses a request whose Host is %s (DNS rebinding) before reading any data',
    async (host) => {
      h.db.insert('edge', { _id: `secret-${host}` });
      const read = await request('/admin', { host, type: 'application/json', body: JSON.stringify({ ...countDocs }) });
      expect(read.status).toBe(403);
      expect(JSON.stringify(read.json)).not.toContain('total');
      const write = await request('/admin', {
        host,
        type: 'application/json',
        body: JSON.stringify({ action: 'database.removeDocument', collectionName: 'edge', queryType: 'WHERE', query: '{}', multi: true }),
      });
      expect(write.status).toBe(403);
      expect(h.db.count('edge', { _id: `secret-${host}` })).toBe(1);
      expect((await request('/healthz', { host, method: 'GET' })).status).toBe(403);
    },
  );

  it('parses Host names with and without ports and rejects malformed ones', () => {
    expect(hostName('LOCALHOST:80')).toBe('localhost');
    expect(hostName('[::1]:8787')).toBe('[::1]');
    expect(hostName('127.0.0.1')).toBe('127.0.0.1');
    expect(hostName('127.0.0.1:80:80')).toBeNull();
    expect(hostName('[::1')).toBeNull();
  });

  it.each([undefined, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx'])(
    'refuses a JSON body sent as %s with 415 and writes nothing',
    async (type) => {
      const insert = { action: 'database.insertDocument', collectionName: 'edge', data: ['{"_id":"via-form"}'] };
      const admin = await request('/admin', { type, body: JSON.stringify(insert) });
      expect(admin.status).toBe(415);
      expect(admin.json.code).toBe('INVALID_PARAM');
      expect(h.db.count('edge', { _id: 'via-form' })).toBe(0);
    },
  );

  it('accepts application/json with a charset parameter', async () => {
    const reply = await request('/admin', { type: 'Application/JSON; charset=utf-8', body: JSON.stringify(countDocs) });
    expect(reply.status).toBe(200);
  });
});
