import { DEFAULT_MESSAGES, type ApiError, type ErrorCode } from '@shared/api';

/** An action's failure as the screens show it: a code, a Chinese message and, for forms, the field. */
export class ApiCallError extends Error implements ApiError {
  readonly code: ErrorCode;
  readonly field?: string;

  constructor(code: ErrorCode, message?: string, field?: string) {
    super(message || DEFAULT_MESSAGES[code] || DEFAULT_MESSAGES.INTERNAL);
    this.name = 'ApiCallError';
    this.code = code;
    if (field !== undefined) this.field = field;
    // Keeps `instanceof` working when the class is compiled down to ES5.
    Object.setPrototypeOf(this, ApiCallError.prototype);
  }
}

/** Turns anything thrown into the one error shape the screens know how to show. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiCallError) return { code: err.code, message: err.message, field: err.field };
  return { code: 'INTERNAL', message: DEFAULT_MESSAGES.INTERNAL };
}
