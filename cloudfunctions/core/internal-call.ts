import { invocationContext } from './cloudbase';

/**
 * True when another function started this invocation with `callFunction` from the server side:
 * CloudBase gives such a call no WeChat caller and a `TCB_SOURCE` chain ending in `scf` (a user's
 * call is `wx_client`, a timer run carries `TRIGGER_SRC=timer` instead). The event body is never
 * consulted.
 */
export function isServerCall(context: unknown): boolean {
  try {
    const env = invocationContext(context);
    const chain = String(env.TCB_SOURCE ?? '').split(',');
    return !env.WX_OPENID && env.TRIGGER_SRC !== 'timer' && chain[chain.length - 1] === 'scf';
  } catch {
    return false;
  }
}
