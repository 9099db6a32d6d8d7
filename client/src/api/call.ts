import {
  ACTIONS,
  ERROR_CODES,
  splitAction,
  type ActionInput,
  type ActionName,
  type ActionOutput,
  type ErrorCode,
} from '@shared/api';
import { zodErrorToApiError } from '@shared/api/validation';
import { ApiCallError } from './api-call-error';
import { redirectToLogin, send } from './transport';

export interface CallOptions {
  /** Idempotency key for writes; make one with `newRequestId()` and reuse it when retrying. */
  requestId?: string;
}

/**
 * Runs one backend action. The input is checked against the action's schema before anything is
 * sent; a failure of any kind rejects with an `ApiCallError` carrying a Chinese message.
 */
export async function call<N extends ActionName>(
  name: N,
  input: ActionInput<N>,
  opts: CallOptions = {},
): Promise<ActionOutput<N>> {
  const spec = ACTIONS[name];
  if (!spec) throw new ApiCallError('INVALID_INPUT', `未知的操作：${String(name)}`);

  const parsed = spec.input.safeParse(input);
  if (!parsed.success) {
    // The same message the function would give, so a form shows the schema's Chinese text at once.
    const error = zodErrorToApiError(parsed.error);
    throw new ApiCallError('INVALID_INPUT', error.message, error.field);
  }

  const { action } = splitAction(name);
  // The original input is sent, not the parsed one: the function parses it again with the same
  // schema, and a schema that transforms values must see them as the caller wrote them.
  const event = { action, input, ...(opts.requestId ? { requestId: opts.requestId } : {}) };
  const reply = await send(spec.fn, event);
  return unwrap(reply) as ActionOutput<N>;
}

function unwrap(reply: unknown): unknown {
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) throw new ApiCallError('INTERNAL');
  const r = reply as { ok: boolean; data?: unknown; error?: { code?: string; message?: string; field?: string } };
  if (r.ok) return r.data;

  const code = knownCode(r.error?.code);
  if (code === 'UNAUTHENTICATED' && process.env.TARO_ENV === 'h5') redirectToLogin();
  throw new ApiCallError(code, r.error?.message, r.error?.field);
}

function knownCode(code: string | undefined): ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code ?? '') ? (code as ErrorCode) : 'INTERNAL';
}
