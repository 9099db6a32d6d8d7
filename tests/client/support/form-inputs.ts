import { fireEvent, waitFor } from '@testing-library/react';

/**
 * The text fields of one form, whose wrappers carry the class `<form>-field--<name>`: `input` is a
 * field's native input (or textarea) now, or an error; Taro renders it a moment after the page's
 * text, so `ready` waits for it; `type` types into it as a Taro input reports it (value in `detail`).
 */
export function formInputs(form: string) {
  const input = (name: string): HTMLInputElement => {
    const el = document.querySelector<HTMLInputElement>(`.${form}-field--${name} input, .${form}-field--${name} textarea`);
    if (!el) throw new Error(`no input for ${name}`);
    return el;
  };
  const ready = (name: string) => waitFor(() => input(name));
  return {
    input,
    ready,
    async type(name: string, value: string): Promise<void> {
      fireEvent.input(await ready(name), { target: { value }, detail: { value } });
    },
  };
}
