import { DEFAULT_MESSAGES, type ApiError, type ErrorCode } from '../../shared/api/errors';

/** The one error domain code throws; only the function entry turns it into a reply. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = DEFAULT_MESSAGES[code],
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toApiError(): ApiError {
    return this.field ? { code: this.code, message: this.message, field: this.field } : { code: this.code, message: this.message };
  }
}

/** True when `err` is a database error with CloudBase code `code` (e.g. DATABASE_DUPLICATE_WRITE). */
export function isDbError(err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === code;
}
