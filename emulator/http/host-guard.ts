import type { IncomingMessage } from 'node:http';

/** Names under which the emulator is reached on this machine; a DNS-rebinding page sends its own. */
const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The host name of a `Host` header without its port, or null when the header is malformed. */
export function hostName(header: string): string | null {
  const value = header.trim().toLowerCase();
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(value);
  return match ? match[1] : null;
}

/**
 * True when the request names the emulator by a loopback name (any port) or by one of `extra`.
 * Anything else is refused: a page on another origin whose name resolves to 127.0.0.1 could otherwise
 * read `/admin` and every collection from a developer's browser.
 */
export function isAllowedHost(req: IncomingMessage, extra: readonly string[] = []): boolean {
  const header = req.headers.host;
  if (typeof header !== 'string' || header === '') return false;
  const name = hostName(header);
  return name !== null && (LOOPBACK_NAMES.has(name) || extra.includes(name));
}
