/**
 * What a screen reader (TalkBack, VoiceOver, WeChat's own) needs from a Taro element, the same on
 * both builds. View's `ariaRole` / `ariaLabel` and the `aria-*` props here become role and aria-*
 * attributes in H5 and WeChat's aria-role / aria-label / aria-checked in the mini-program
 * (config/accessibility-plugin.js lets them through Taro's templates).
 *
 * How to use:
 *   <View ariaRole='checkbox' ariaLabel='慢病管理包' {...checkedState(on)} {...focusable} onClick={...}>
 *   <Input {...inputName('手机号码')} ... />
 */

/** The on/off state of a checkbox, radio button or switch. */
export function checkedState(checked: boolean): { 'aria-checked': 'true' | 'false' } {
  return { 'aria-checked': checked ? 'true' : 'false' };
}

/** A control that cannot be used now (and says so to the screen reader). */
export function disabledState(disabled: boolean): { 'aria-disabled'?: 'true' } {
  return disabled ? { 'aria-disabled': 'true' } : {};
}

/** Reachable with a keyboard or switch device in H5 (the mini-program's reader reaches every element). */
export const focusable = { tabIndex: 0 } as const;

/**
 * The accessible name of an input: in H5 on the native input inside Taro's web component, in the
 * mini-program on the input itself. Say the error too, so an invalid field is announced as such.
 */
export function inputName(label: string, error?: string | null): Record<string, unknown> {
  const name = error ? `${label}，${error}` : label;
  const invalid = error ? { 'aria-invalid': 'true' } : {};
  return process.env.TARO_ENV === 'h5' ? { nativeProps: { 'aria-label': name, ...invalid } } : { 'aria-label': name };
}

/**
 * A role for an element whose Taro type has no `ariaRole` (Text), or when spreading props: Taro's
 * H5 compiler turns a written `ariaRole` into `role`, but not one inside a spread.
 */
export function roleOf(role: 'button' | 'link'): Record<string, string> {
  return process.env.TARO_ENV === 'h5' ? { role } : { ariaRole: role };
}

/** Whether the part this control shows or hides is open. */
export function expandedState(expanded: boolean): { 'aria-expanded': 'true' | 'false' } {
  return { 'aria-expanded': expanded ? 'true' : 'false' };
}

/** An image that only decorates (what it means is written beside it): the screen reader skips it. */
export function decorativeImage(): Record<string, unknown> {
  return process.env.TARO_ENV === 'h5' ? { nativeProps: { alt: '' }, 'aria-hidden': 'true' } : { 'aria-hidden': 'true' };
}

/**
 * What an image that carries meaning (a chart) says to the screen reader: its aria-label (what the
 * mini-program reads), and in H5 also the alt text of the native img inside Taro's web component.
 */
export function imageName(label: string): Record<string, unknown> {
  return process.env.TARO_ENV === 'h5' ? { ariaLabel: label, nativeProps: { alt: label } } : { ariaLabel: label };
}
