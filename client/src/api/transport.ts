import Taro from '@tarojs/taro';
import { ApiCallError } from './api-call-error';

/** What travels to a function: the action inside it, its validated input and the idempotency key. */
export interface ActionEvent {
  action: string;
  input: unknown;
  requestId?: string;
}

const NETWORK_MESSAGE = '网络连接不稳定，请检查网络后重试';

/** Sends one event to a deployable function and resolves with its raw reply. */
export async function send(fn: string, event: ActionEvent): Promise<unknown> {
  if (process.env.TARO_ENV === 'weapp') return sendWeapp(fn, event);
  return sendHttp(fn, event);
}

async function sendWeapp(fn: string, event: ActionEvent): Promise<unknown> {
  try {
    const res = await Taro.cloud.callFunction({ name: fn, data: event as unknown as Record<string, unknown> });
    return res.result;
  } catch {
    throw new ApiCallError('INTERNAL', NETWORK_MESSAGE);
  }
}

async function sendHttp(fn: string, event: ActionEvent): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(`/functions/${encodeURIComponent(fn)}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(event),
    });
  } catch {
    throw new ApiCallError('INTERNAL', NETWORK_MESSAGE);
  }
  try {
    return await res.json();
  } catch {
    // A reply that is not JSON (a proxy error page, an empty 502) is a server fault, not the user's.
    throw new ApiCallError('INTERNAL');
  }
}

/**
 * Sends the browser to the local server's sign-in page and back here afterwards. The page belongs to
 * the local server, so this is a full navigation, not an in-app route.
 */
export function redirectToLogin(): void {
  if (typeof window === 'undefined') return;
  const { pathname, search } = window.location;
  window.location.assign(`/__dev/login?next=${encodeURIComponent(pathname + search)}`);
}
