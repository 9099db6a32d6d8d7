/**
 * useSubmit: the one way a form sends a write. It keeps the idempotency key (one per attempt, so a
 * repeated send of the same attempt cannot act twice; a new one once the attempt is over, failed or
 * done), the busy flag (a tap while sending, or while `onDone` navigates away, is ignored), the field errors (from the schema
 * before sending, or the one field the backend names) and the error that is about no field; after a
 * failed submit it scrolls to and focuses the first invalid field.
 *
 * How to use:
 *   const form = useSubmit({
 *     check: ZRequestAccessInput,                      // a zod schema, or (input) => FieldErrors
 *     send: (input, requestId) => call('resident.requestAccess', input, { requestId }),
 *     onDone: (result) => Taro.redirectTo({ url: ... }),
 *   });
 *   <TextField name='name' error={form.errors.name} ... />   // fields carry INVALID_FIELD_CLASS when invalid
 *   <ErrorNotice error={form.failure} />
 *   <Button loading={form.busy} onClick={() => void form.submit(value)}>发送申请</Button>
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ZodError, ZodType } from 'zod';
import type { ApiError } from '@shared/api';
import { newRequestId, toApiError } from '../api';
import { issueToApiError } from '@shared/api/validation';
import { revealFirstInvalidField } from './reveal-field';

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

export interface SubmitSpec<I, O> {
  /** Checked before anything is sent: a schema (its issues become field errors) or a function. */
  check?: ZodType | ((input: I) => FieldErrors);
  /** Sends the input with this attempt's idempotency key. */
  send: (input: I, requestId: string) => Promise<O>;
  /** After a successful send (navigate, tell the parent, ...); the form stays busy until a returned promise settles. */
  onDone?: (output: O, input: I) => unknown;
  /**
   * The fields this form shows an error line for; a backend error about any other field is shown
   * as the form's failure instead. Without it every field error goes to `errors`.
   */
  fields?: readonly string[];
  /** After a failed send, with the error (already shown by the hook). */
  onFail?: (error: ApiError, input: I) => void;
}

export interface Submission<I, O> {
  /** Checks and sends; resolves to the result, or undefined when refused or failed. */
  submit: (input: I) => Promise<O | undefined>;
  busy: boolean;
  /** The input being sent, while busy (e.g. which of two buttons was tapped). */
  pending: I | null;
  /** Each invalid field's first problem, by field path. */
  errors: FieldErrors;
  /** The error that is about no single field. */
  failure: ApiError | null;
  /** Shows a problem found by the page itself (a field's, or the whole form's), without sending. */
  refuse: (problem: FieldErrors | ApiError) => void;
  /** Clears errors (e.g. when the form is closed). */
  reset: () => void;
}

function runCheck<I>(check: SubmitSpec<I, unknown>['check'], input: I): FieldErrors {
  if (!check) return {};
  if (typeof check === 'function') return check(input);
  const parsed = check.safeParse(input);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
}

const isApiError = (p: FieldErrors | ApiError): p is ApiError => typeof (p as ApiError).code === 'string' && typeof (p as ApiError).message === 'string';

export function useSubmit<I, O>(spec: SubmitSpec<I, O>): Submission<I, O> {
  const specRef = useRef(spec);
  specRef.current = spec;
  const requestId = useRef<string>(newRequestId());
  const sending = useRef(false);
  const [inFlight, setInFlight] = useState<{ input: I } | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [reveal, setReveal] = useState(0);

  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    if (reveal > 0) revealFirstInvalidField();
  }, [reveal]);

  const refuse = useCallback((problem: FieldErrors | ApiError) => {
    const shown = specRef.current.fields;
    if (isApiError(problem) && (!problem.field || (shown && !shown.includes(problem.field)))) {
      setFailure(problem);
      return;
    }
    setErrors(isApiError(problem) ? { [problem.field!]: problem.message } : problem);
    setFailure(null);
    setReveal((n) => n + 1);
  }, []);

  const submit = useCallback(async (input: I): Promise<O | undefined> => {
    if (sending.current) return undefined;
    const found = runCheck(specRef.current.check, input);
    if (Object.keys(found).length > 0) {
      refuse(found);
      return undefined;
    }
    sending.current = true;
    setErrors({});
    setFailure(null);
    setInFlight({ input });
    let output: O;
    try {
      output = await specRef.current.send(input, requestId.current);
    } catch (err: unknown) {
      const error = toApiError(err);
      // The attempt is over: the next tap is a new attempt with its own key.
      requestId.current = newRequestId();
      sending.current = false;
      setInFlight(null);
      refuse(error);
      specRef.current.onFail?.(error, input);
      return undefined;
    }
    requestId.current = newRequestId();
    try {
      await specRef.current.onDone?.(output, input);
    } finally {
      sending.current = false;
      if (mounted.current) setInFlight(null);
    }
    return output;
  }, [refuse]);

  const reset = useCallback(() => {
    setErrors({});
    setFailure(null);
  }, []);

  return { submit, busy: inFlight !== null, pending: inFlight?.input ?? null, errors, failure, refuse, reset };
}
