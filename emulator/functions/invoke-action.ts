import crypto from 'node:crypto';
import { FunctionHost, FunctionNotFoundError, FunctionTimeoutError } from './function-host';

/** What a function invoked by another function sees as its caller chain's last link (CloudBase's `scf`). */
export const SERVER_CALL_SOURCE = 'scf';

/**
 * The callee's `TCB_SOURCE`. The SDK sends `X-TCB-Source: <caller's TCB_SOURCE>,<runtime tag>`; on
 * CloudBase the tag of code running in a function is `scf`, so the callee sees e.g. `wx_client,scf`.
 * Hosted functions run in the emulator's own process, where the SDK tags itself `tencentcloud`, so the
 * tag is replaced by the one CloudBase would send.
 */
export function serverCallSource(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  const chain = (value ?? '').split(',');
  chain.pop();
  return [...chain, SERVER_CALL_SOURCE].join(',');
}

type Reply = Record<string, unknown>;

function eventOf(data: unknown): Record<string, unknown> | null {
  if (data === undefined || data === '') return {};
  if (typeof data !== 'string') return null;
  try {
    const event = JSON.parse(data);
    return typeof event === 'object' && event !== null && !Array.isArray(event) ? event : null;
  } catch {
    return null;
  }
}

/**
 * `functions.invokeFunction`, the request `app.callFunction({ name, data })` sends from inside a
 * function: the callee runs with no WeChat caller, under its own timeout, and its return value comes
 * back as the JSON text `data.response_data`.
 */
export async function invokeFunctionAction(host: FunctionHost, body: Reply, sourceHeader: string | string[] | undefined): Promise<Reply> {
  const requestId = crypto.randomUUID();
  const name = body.function_name;
  if (typeof name !== 'string' || name === '') return { requestId, code: 'FUNCTIONS_NAME_MISSING', message: 'function_name is required' };
  if (!host.has(name)) return { requestId, code: 'FUNCTION_NOT_FOUND', message: `function not found: ${name}` };
  const event = eventOf(body.request_data);
  if (!event) return { requestId, code: 'INVALID_PARAM', message: 'request_data must be the JSON text of an object' };
  try {
    const result = await host.invoke(name, event, { openid: null, source: serverCallSource(sourceHeader) });
    return { requestId, data: { response_data: JSON.stringify(result ?? null) } };
  } catch (err) {
    if (err instanceof FunctionNotFoundError) return { requestId, code: 'FUNCTION_NOT_FOUND', message: `function not found: ${name}` };
    if (err instanceof FunctionTimeoutError) return { requestId, code: 'FUNCTIONS_TIME_LIMIT_EXCEEDED', message: err.message };
    return { requestId, code: 'FUNCTIONS_EXECUTE_FAIL', message: `function ${name} failed: ${(err as Error)?.message ?? String(err)}` };
  }
}
