import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EmulatorDatabase } from '../../../emulator/db';

/**
 * A bare `POST /admin` server around a database opened by the test itself, for cases that need
 * control the full emulator does not give (an injected clock, a short transaction TTL).
 */
export async function serveDatabase(db: EmulatorDatabase): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      void db.handle(text).then((reply) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(reply));
      });
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
