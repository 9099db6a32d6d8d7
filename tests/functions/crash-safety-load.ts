import type { ActionName } from '../../shared/api';

/** One acknowledged write: what was asked (to ask again after the crash) and what came back. */
export interface Ack {
  openid: string;
  name: ActionName;
  input: unknown;
  requestId: string;
  data: { id?: string; [key: string]: unknown };
}

export interface Load {
  acks: Ack[];
  /** `sent` figures of the reminder ticks that answered. */
  tickSent: number[];
}

/** Calls an action of the emulator at `url` over HTTP; a dropped connection (the emulator was killed) is null. */
export async function callAt(url: string, openid: string, name: ActionName, input: unknown, requestId?: string): Promise<any> {
  const fn = name.slice(0, name.indexOf('.'));
  try {
    const res = await fetch(`${url}/functions/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-openid': openid },
      body: JSON.stringify({ action: name.slice(fn.length + 1), input, requestId }),
    });
    return await res.json();
  } catch {
    return null;
  }
}

/** Fires the reminder tick as its timer would at `at`; null when the emulator went away. */
export async function tickAt(url: string, at: Date): Promise<{ sent: number } | null> {
  try {
    const res = await fetch(`${url}/__dev/timers/reminder/tick?at=${encodeURIComponent(at.toISOString())}`, { method: 'POST' });
    const reply = (await res.json()) as { ok: boolean; data: { sent: number } };
    return reply.ok ? reply.data : null;
  } catch {
    return null;
  }
}

let seq = 0;
export const requestIdFor = (label: string) => `crash-${label.replace(/[^A-Za-z0-9]/g, "-")}-${(seq += 1)}-${Math.random().toString(36).slice(2, 8)}`;

/** Makes a call that writes, and records it when it is acknowledged. */
export async function write(load: Load, url: string, openid: string, name: ActionName, input: unknown): Promise<Ack | null> {
  const requestId = requestIdFor(name);
  const reply = await callAt(url, openid, name, input, requestId);
  if (!reply?.ok) {
    if (process.env.CRASH_DEBUG) console.error(name, JSON.stringify(reply?.error ?? reply));
    return null;
  }
  const ack: Ack = { openid, name, input, requestId, data: reply.data };
  load.acks.push(ack);
  return ack;
}
