import type { ZodError } from 'zod';
import type { ApiError } from '@shared/api';
import { issueToApiError } from '@shared/api/validation';

/** Every field's first problem, keyed by field path (`pregnancy.dueDate`), in the product's words. */
export type FieldErrors = Record<string, string>;

export function fieldErrorsOf(error: ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const e = issueToApiError(issue);
    const key = e.field ?? '';
    if (!(key in out)) out[key] = e.message;
  }
  return out;
}

/** A server error about one field, merged into the form's field errors; other errors are left to the page. */
export function withServerError(errors: FieldErrors, error: ApiError | null): FieldErrors {
  return error?.field ? { ...errors, [error.field]: error.message } : errors;
}
